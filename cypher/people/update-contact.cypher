// Changes a contact person; a null value removes that property.
// $id, $props
// columns: before, person
MATCH (p:Person {id: $id})-[:CONTACT_OF]->(n:Entity)
WITH p, n, properties(p) AS before
SET p += $props
RETURN before, p {.*, of: n.id} AS person
