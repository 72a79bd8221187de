// Random firms with a product they need, as benchmark parameters (varied on every call).
// $n
// columns: firm, product
MATCH (f:Firm)-[:NEEDS]->(p:Product)
WITH f, p, rand() AS r
ORDER BY r
LIMIT $n
RETURN f.id AS firm, p.id AS product
