// Removes a link; for SUPPLIES only the one for $product when given.
// $type, $from, $to, $product
// columns: removed (the properties of each removed link)
OPTIONAL MATCH (a:Entity {id: $from})-[r:$($type)]->(b:Entity {id: $to})
WHERE $product IS NULL OR r.product = $product
WITH r, properties(r) AS props
DELETE r
RETURN [p IN collect(props) WHERE p IS NOT NULL] AS removed
