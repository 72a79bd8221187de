// A supplier delivers a product to a customer; one link per product.
// $from (supplier), $to (customer), $product, $since
// columns: type, from, to, product, since
MATCH (a:Firm {id: $from})
MATCH (b:Firm {id: $to})
MERGE (a)-[r:SUPPLIES {product: $product}]->(b)
SET r.since = coalesce($since, r.since)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.product AS product, r.since AS since
