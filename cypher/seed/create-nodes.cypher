// Creates one batch of new nodes of one kind (their coordinates also as a point, `position`): the
// fast path for bulk loads into an empty database.
// Unlike merge-nodes it does not look for an existing node first; the id constraints still reject
// a duplicate, so a wrong call fails instead of doubling data.
// $label, $kind, $rows [{id, props}]
// columns: count
UNWIND $rows AS row
CREATE (n:Entity:$($label) {id: row.id})
SET n += row.props, n.kind = $kind, n.updatedAt = datetime()
SET n.position = CASE WHEN n.lat IS NULL OR n.lon IS NULL THEN null ELSE point({latitude: n.lat, longitude: n.lon}) END
RETURN count(*) AS count
