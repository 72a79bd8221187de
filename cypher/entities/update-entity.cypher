// Changes properties of a node; a null value removes that property.
// $id, $kind, $props
// columns: id, name, before (all properties before the change)
MATCH (n:Entity {id: $id})
WHERE n.kind = $kind
WITH n, properties(n) AS before
SET n += $props, n.updatedAt = datetime()
RETURN n.id AS id, n.name AS name, before
