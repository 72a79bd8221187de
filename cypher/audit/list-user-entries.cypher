// What one user did, newest first.
// $actorId, $limit
// columns: entry
MATCH (e:AuditEntry {actorId: $actorId})
OPTIONAL MATCH (u:User {id: e.actorId})
WITH e, u
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
RETURN e {.*, actorName: u.name, actorEmail: u.email} AS entry
