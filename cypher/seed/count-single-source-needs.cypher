// Needs in all, needs met by exactly one supplier (single-source dependencies) and needs no firm meets.
// columns: needs, singleSource, unsupplied
MATCH (c:Firm)-[:NEEDS]->(p:Product)
WITH COUNT { (:Firm)-[:SUPPLIES {product: p.id}]->(c) } AS suppliers
RETURN count(*) AS needs,
       count(CASE WHEN suppliers = 1 THEN 1 END) AS singleSource,
       count(CASE WHEN suppliers = 0 THEN 1 END) AS unsupplied
