// Revokes one of an account's API tokens; from then on it authenticates nobody.
// $userId, $id, $now
// columns: id
MATCH (t:ApiToken {id: $id})-[:TOKEN_OF]->(:User {id: $userId})
SET t.revokedAt = coalesce(t.revokedAt, datetime($now))
RETURN t.id AS id
