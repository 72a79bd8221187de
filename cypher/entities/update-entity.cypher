// Changes properties of a node; a null value removes that property.
// $id, $kind, $props
// columns: id
MATCH (n:Entity {id: $id})
WHERE n.kind = $kind
SET n += $props, n.updatedAt = datetime()
RETURN n.id AS id
