// Creates a node of one kind. The Entity id constraint turns a duplicate id into a 409.
// $id, $label, $kind, $props
// columns: id
CREATE (n:Entity:$($label) {id: $id})
SET n += $props, n.kind = $kind, n.updatedAt = datetime()
RETURN n.id AS id
