// Creates a node of one kind, with its coordinates also as a point (`position`, for distances).
// The Entity id constraint turns a duplicate id into a 409.
// $id, $label, $kind, $props
// columns: id
CREATE (n:Entity:$($label) {id: $id})
SET n += $props, n.kind = $kind, n.updatedAt = datetime()
SET n.position = CASE WHEN n.lat IS NULL OR n.lon IS NULL THEN null ELSE point({latitude: n.lat, longitude: n.lon}) END
RETURN n.id AS id
