// Deletes a node and its relationships.
// $id, $kind
// columns: id
MATCH (n:Entity {id: $id})
WHERE n.kind = $kind
WITH n, n.id AS id
DETACH DELETE n
RETURN id
