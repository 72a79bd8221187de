// A new contact person of a firm, institute or organisation.
// $id, $of, $props, $link (provenance of the CONTACT_OF link)
// columns: person
MATCH (n:Entity {id: $of})
WHERE n:Firm OR n:Institute OR n:Organisation
CREATE (p:Person {id: $id})
SET p += $props
CREATE (p)-[r:CONTACT_OF]->(n)
SET r += $link
RETURN p {.*, of: n.id} AS person
