// How many firms are loaded: the benchmark reuses a database that holds the size it asks for.
// columns: firms
MATCH (f:Firm) RETURN count(f) AS firms
