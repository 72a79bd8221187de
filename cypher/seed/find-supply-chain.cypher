// One material chain four tiers deep: each firm supplies the next a product that goes into what the
// next one supplies onwards (A's product INPUT_TO B's product INPUT_TO …). Empty when there is none.
// columns: firms, products
MATCH (a:Firm)-[r1:SUPPLIES]->(b:Firm)-[r2:SUPPLIES]->(c:Firm)
WHERE EXISTS { (:Product {id: r1.product})-[:INPUT_TO]->(:Product {id: r2.product}) }
MATCH (c)-[r3:SUPPLIES]->(d:Firm)
WHERE EXISTS { (:Product {id: r2.product})-[:INPUT_TO]->(:Product {id: r3.product}) }
MATCH (d)-[r4:SUPPLIES]->(e:Firm)
WHERE EXISTS { (:Product {id: r3.product})-[:INPUT_TO]->(:Product {id: r4.product}) }
RETURN [a.id, b.id, c.id, d.id, e.id] AS firms, [r1.product, r2.product, r3.product, r4.product] AS products
LIMIT 1
