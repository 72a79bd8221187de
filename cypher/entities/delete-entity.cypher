// Deletes a node and its relationships, and its contact persons with it (no person is kept without
// the firm, institute or organisation they are a contact of).
// $id, $kind
// columns: id
MATCH (n:Entity {id: $id})
WHERE n.kind = $kind
OPTIONAL MATCH (p:Person)-[:CONTACT_OF]->(n)
WITH n, n.id AS id, collect(p) AS persons
FOREACH (p IN persons | DETACH DELETE p)
DETACH DELETE n
RETURN id
