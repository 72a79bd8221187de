// Contact persons an import file names: by id, or (rows without an id) by name at the actor they
// are a contact of. A key with more than one person is ambiguous.
// $ids, $keys [{key, of, name}]
// columns: key, persons [{id, of, name, function, email, phone, languages, consent}]
CALL {
  UNWIND $ids AS id
  MATCH (p:Person {id: id})-[:CONTACT_OF]->(n:Entity)
  RETURN id AS key, [p {.id, of: n.id, .name, .function, .email, .phone, .languages, .consent}] AS persons
  UNION ALL
  UNWIND $keys AS k
  MATCH (p:Person {name: k.name})-[:CONTACT_OF]->(n:Entity {id: k.of})
  WITH k, collect(p {.id, of: n.id, .name, .function, .email, .phone, .languages, .consent}) AS persons
  RETURN k.key AS key, persons
}
RETURN key, persons
