// The organisations a firm and each of a few possible suppliers are both members of. The firm's
// are read once, and the suppliers' not at all when it has none.
// $firm, $ids (supplier firm ids)
// columns: id, organisations [ids]
MATCH (f:Firm {id: $firm})
WITH COLLECT { MATCH (f)-[:MEMBER_OF]->(o:Organisation) RETURN o } AS memberships
UNWIND CASE WHEN memberships = [] THEN [] ELSE $ids END AS id
MATCH (a:Firm {id: id})
RETURN a.id AS id, COLLECT { MATCH (a)-[:MEMBER_OF]->(o) WHERE o IN memberships RETURN o.id ORDER BY o.id } AS organisations
