// How many nodes of the graph the database holds (0 means: load the demo data; accounts do not count).
// columns: nodes
MATCH (n:Entity) RETURN count(n) AS nodes
