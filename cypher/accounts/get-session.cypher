// The account behind a session token, while the session has not expired.
// $tokenHash, $now
// columns: user {id, email, name, role, language, firmIds, firms [{id, name}]}, csrfToken, lastSeenAt
MATCH (s:Session {tokenHash: $tokenHash})-[:SESSION_OF]->(u:User)
WHERE s.expiresAt > datetime($now)
RETURN u {.id, .email, .name, .role, .language, firmIds: [(u)-[:BELONGS_TO]->(f:Entity) | f.id],
          firms: [(u)-[:BELONGS_TO]->(f:Entity) | f {.id, .name}]} AS user,
       s.csrfToken AS csrfToken, s.lastSeenAt AS lastSeenAt
