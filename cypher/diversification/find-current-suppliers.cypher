// Who supplies a product to a firm today.
// $firm, $product
// columns: id
MATCH (s:Firm)-[:SUPPLIES {product: $product}]->(:Firm {id: $firm})
RETURN DISTINCT s.id AS id
ORDER BY id
