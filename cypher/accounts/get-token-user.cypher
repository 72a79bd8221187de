// The account behind an API token that has not been revoked, with the token's role.
// $tokenHash
// columns: user {id, email, name, role, language, firmIds, firms [{id, name}]}, tokenRole
MATCH (t:ApiToken {tokenHash: $tokenHash})-[:TOKEN_OF]->(u:User)
WHERE t.revokedAt IS NULL
RETURN u {.id, .email, .name, .role, .language, firmIds: [(u)-[:BELONGS_TO]->(f:Entity) | f.id],
          firms: [(u)-[:BELONGS_TO]->(f:Entity) | f {.id, .name}]} AS user, t.role AS tokenRole
