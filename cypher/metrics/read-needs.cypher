// What every firm needs, for the stored area risk of each district (one row per NEEDS link).
// columns: firm, product
MATCH (f:Firm)-[:NEEDS]->(p:Product)
RETURN f.id AS firm, p.id AS product
