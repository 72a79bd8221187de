// Changes properties of a node; a null value removes that property. The point `position` follows the
// coordinates.
// $id, $kind, $props
// columns: id, name, before (all properties before the change)
MATCH (n:Entity {id: $id})
WHERE n.kind = $kind
WITH n, properties(n) AS before
SET n += $props, n.updatedAt = datetime()
SET n.position = CASE WHEN n.lat IS NULL OR n.lon IS NULL THEN null ELSE point({latitude: n.lat, longitude: n.lon}) END
RETURN n.id AS id, n.name AS name, before
