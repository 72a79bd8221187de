// Whether the database has Neo4j's Graph Data Science library: its function gds.version() is listed.
// (Calling it directly fails to plan where the library is missing, as on Community without the plugin.)
// columns: present
SHOW FUNCTIONS YIELD name
WHERE name = 'gds.version'
RETURN count(*) > 0 AS present
