// A new account, belonging to the firms or institutes in $firmIds (checked to exist beforehand).
// $id, $email, $name, $role, $passwordHash, $language, $firmIds, $now
// columns: id
CREATE (u:User {id: $id, email: $email, name: $name, role: $role, passwordHash: $passwordHash,
                language: $language, createdAt: datetime($now)})
WITH u
CALL (u) {
  UNWIND $firmIds AS firmId
  MATCH (f:Entity {id: firmId})
  WHERE f:Firm OR f:Institute
  MERGE (u)-[:BELONGS_TO]->(f)
}
RETURN u.id AS id
