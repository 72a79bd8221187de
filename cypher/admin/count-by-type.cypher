// Relationship counts per type, for seed reports and tests.
// columns: type, count
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
