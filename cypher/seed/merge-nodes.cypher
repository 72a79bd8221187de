// Upserts one batch of nodes of one kind (idempotent: the same rows twice give the same graph).
// $label, $kind, $rows [{id, props}]
// columns: count
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.updatedAt = datetime()
SET n:$($label), n += row.props, n.kind = $kind
RETURN count(*) AS count
