// Keeps a session in use alive: it expires $expiresAt unless that passes its absolute end.
// $tokenHash, $now, $expiresAt
// columns: tokenHash
MATCH (s:Session {tokenHash: $tokenHash})
SET s.lastSeenAt = datetime($now),
    s.expiresAt = CASE WHEN datetime($expiresAt) < s.endsAt THEN datetime($expiresAt) ELSE s.endsAt END
RETURN s.tokenHash AS tokenHash
