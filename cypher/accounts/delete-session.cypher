// Signs a session out.
// $tokenHash
// columns: deleted
OPTIONAL MATCH (s:Session {tokenHash: $tokenHash})
DETACH DELETE s
RETURN count(s) AS deleted
