// Changes an account's role and/or firms (null: unchanged; firms checked to exist beforehand).
// A changed account's sessions end, so its new rights apply at once.
// $id, $role, $firmIds
// columns: id
MATCH (u:User {id: $id})
SET u.role = coalesce($role, u.role)
WITH u
CALL (u) {
  WITH u WHERE $firmIds IS NOT NULL
  OPTIONAL MATCH (u)-[b:BELONGS_TO]->()
  DELETE b
  WITH DISTINCT u
  UNWIND $firmIds AS firmId
  MATCH (f:Entity {id: firmId})
  WHERE f:Firm OR f:Institute
  MERGE (u)-[:BELONGS_TO]->(f)
}
CALL (u) {
  OPTIONAL MATCH (s:Session)-[:SESSION_OF]->(u)
  DETACH DELETE s
}
RETURN u.id AS id
