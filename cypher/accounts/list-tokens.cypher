// An account's API tokens (never the token or its hash).
// $userId
// columns: token {id, name, role, createdAt, revokedAt}
MATCH (t:ApiToken)-[:TOKEN_OF]->(:User {id: $userId})
RETURN t {.id, .name, .role, .createdAt, .revokedAt} AS token
ORDER BY t.createdAt DESC
