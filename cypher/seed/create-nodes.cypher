// Creates one batch of new nodes of one kind: the fast path for bulk loads into an empty database.
// Unlike merge-nodes it does not look for an existing node first; the id constraints still reject
// a duplicate, so a wrong call fails instead of doubling data.
// $label, $kind, $rows [{id, props}]
// columns: count
UNWIND $rows AS row
CREATE (n:Entity:$($label) {id: row.id})
SET n += row.props, n.kind = $kind, n.updatedAt = datetime()
RETURN count(*) AS count
