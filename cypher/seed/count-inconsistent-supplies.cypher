// Supply links whose supplier does not offer, or whose customer does not need, the product: should be none.
// columns: links
MATCH (s:Firm)-[r:SUPPLIES]->(c:Firm)
WHERE NOT EXISTS { (s)-[:OFFERS]->(:Product {id: r.product}) }
   OR NOT EXISTS { (c)-[:NEEDS]->(:Product {id: r.product}) }
RETURN count(r) AS links
