// A password reset link for one account; an earlier one of that account stops working.
// $userId, $tokenHash, $expiresAt
// columns: expiresAt, email, language
MATCH (u:User {id: $userId})
CALL (u) {
  OPTIONAL MATCH (old:ResetToken)-[:RESETS]->(u)
  DETACH DELETE old
}
CREATE (t:ResetToken {tokenHash: $tokenHash, expiresAt: datetime($expiresAt)})-[:RESETS]->(u)
RETURN toString(t.expiresAt) AS expiresAt, u.email AS email, u.language AS language
