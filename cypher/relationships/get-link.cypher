// One link between two actors (for SUPPLIES the one of $product) and the firms of the account that
// entered it, to decide who may confirm it: the other side.
// $type, $from, $to, $product
// columns: properties, entererFirms [id]
MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to})
WHERE $product IS NULL OR r.product = $product
WITH r LIMIT 1
RETURN properties(r) AS properties,
       COLLECT { MATCH (:User {id: r.enteredBy})-[:BELONGS_TO]->(f) RETURN f.id } AS entererFirms
