// Supply links that stand on an OFFERS or NEEDS link: a firm's supplies of a product it offers
// ($type OFFERS) or its purchases of a product it needs ($type NEEDS).
// $type, $firm, $product
// columns: from, to
MATCH (a:Firm)-[s:SUPPLIES {product: $product}]->(b:Firm)
WHERE ($type = 'OFFERS' AND a.id = $firm) OR ($type = 'NEEDS' AND b.id = $firm)
RETURN a.id AS from, b.id AS to
ORDER BY from, to
LIMIT 20
