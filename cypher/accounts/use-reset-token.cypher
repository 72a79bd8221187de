// Spends a password reset link: it works once, before it expires.
// $tokenHash, $now
// columns: userId (no row: unknown, used or expired)
MATCH (t:ResetToken {tokenHash: $tokenHash})-[:RESETS]->(u:User)
WHERE t.expiresAt > datetime($now)
WITH t, u.id AS userId
DETACH DELETE t
RETURN userId
