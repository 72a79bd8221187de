// The history of one node, newest first: entries about it and links others made to it.
// $nodeId, $limit
// columns: entry
CALL () {
  MATCH (e:AuditEntry {nodeId: $nodeId}) RETURN e
  UNION
  MATCH (e:AuditEntry {otherId: $nodeId}) RETURN e
}
OPTIONAL MATCH (u:User {id: e.actorId})
WITH e, u
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
RETURN e {.*, actorName: u.name, actorEmail: u.email} AS entry
