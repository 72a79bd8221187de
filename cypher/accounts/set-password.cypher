// Replaces an account's password hash and ends its sessions, so an old password's sessions stop.
// $id, $passwordHash, $now
// columns: id
MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash, u.passwordChangedAt = datetime($now)
WITH u
CALL (u) {
  OPTIONAL MATCH (s:Session)-[:SESSION_OF]->(u)
  DETACH DELETE s
}
RETURN u.id AS id
