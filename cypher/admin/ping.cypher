// Health check: which Neo4j answers.
// columns: version, edition
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition
