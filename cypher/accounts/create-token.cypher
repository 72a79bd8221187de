// A new API token of an account, acting with $role (at most the account's own).
// $userId, $id, $name, $role, $tokenHash, $now
// columns: token {id, name, role, createdAt}
MATCH (u:User {id: $userId})
CREATE (t:ApiToken {id: $id, name: $name, role: $role, tokenHash: $tokenHash, createdAt: datetime($now)})
CREATE (t)-[:TOKEN_OF]->(u)
RETURN t {.id, .name, .role, .createdAt} AS token
