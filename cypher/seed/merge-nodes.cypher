// Upserts one batch of nodes of one kind, their coordinates also as a point (`position`);
// idempotent: the same rows twice give the same graph.
// $label, $kind, $rows [{id, props}]
// columns: count
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.updatedAt = datetime()
SET n:$($label), n += row.props, n.kind = $kind
SET n.position = CASE WHEN n.lat IS NULL OR n.lon IS NULL THEN null ELSE point({latitude: n.lat, longitude: n.lon}) END
RETURN count(*) AS count
