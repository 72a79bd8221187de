// A supplier delivers a product to a customer; one link per product. A new link gets $props (since
// and provenance); repeating the call changes nothing but `since`.
// $from (supplier), $to (customer), $product, $since, $props
// columns: type, from, to, product, since, before (null when new), after
MATCH (a:Firm {id: $from})
MATCH (b:Firm {id: $to})
OPTIONAL MATCH (a)-[old:SUPPLIES {product: $product}]->(b)
WITH a, b, properties(old) AS before
LIMIT 1
MERGE (a)-[r:SUPPLIES {product: $product}]->(b)
ON CREATE SET r += $props
SET r.since = coalesce($since, r.since)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.product AS product, r.since AS since, before, properties(r) AS after
