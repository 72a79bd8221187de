// Removes a contact person.
// $id
// columns: deleted
MATCH (p:Person {id: $id})
DETACH DELETE p
RETURN count(*) AS deleted
