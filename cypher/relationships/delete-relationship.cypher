// Removes a link; for SUPPLIES only the one for $product when given.
// $type, $from, $to, $product
// columns: deleted
MATCH (a:Entity {id: $from})-[r:$($type)]->(b:Entity {id: $to})
WHERE $product IS NULL OR r.product = $product
DELETE r
RETURN count(*) AS deleted
