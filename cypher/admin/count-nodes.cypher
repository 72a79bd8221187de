// How many nodes the database holds (0 means: load the demo data).
// columns: nodes
MATCH (n) RETURN count(n) AS nodes
