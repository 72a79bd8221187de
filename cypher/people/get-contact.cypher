// One contact person with the node it belongs to (for access checks, export and erasure).
// $id
// columns: person
MATCH (p:Person {id: $id})-[:CONTACT_OF]->(n:Entity)
RETURN p {.*, of: n.id} AS person
