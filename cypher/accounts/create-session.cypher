// A signed-in session of an account; the cookie carries the token, the database its SHA-256.
// $userId, $tokenHash, $csrfToken, $now, $expiresAt, $endsAt
// columns: userId
MATCH (u:User {id: $userId})
CREATE (s:Session {tokenHash: $tokenHash, csrfToken: $csrfToken, createdAt: datetime($now),
                   lastSeenAt: datetime($now), expiresAt: datetime($expiresAt), endsAt: datetime($endsAt)})
CREATE (s)-[:SESSION_OF]->(u)
RETURN u.id AS userId
