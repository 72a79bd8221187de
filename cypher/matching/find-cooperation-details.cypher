// How a few cooperation candidates (found and ranked by find-cooperation-candidates) complement a
// firm: what they offer that it needs, need of what it offers, and offer of the products its own go
// into or come from (INPUT_TO); and the organisations both are members of.
// $firm, $ids (candidate firm ids)
// columns: id, offersNeeded, needsOffered, inputLinked, organisations
MATCH (f:Firm {id: $firm})
WITH COLLECT { MATCH (f)-[:NEEDS]->(p:Product) RETURN p.id } AS needs,
     COLLECT { MATCH (f)-[:OFFERS]->(p:Product) RETURN p.id } AS offers,
     COLLECT { MATCH (f)-[:OFFERS]->(:Product)-[:INPUT_TO]-(q:Product) RETURN DISTINCT q.id } AS linked,
     COLLECT { MATCH (f)-[:MEMBER_OF]->(o:Organisation) RETURN o } AS memberships
UNWIND $ids AS id
MATCH (c:Firm {id: id})
WITH needs, offers, linked, memberships, c, COLLECT { MATCH (c)-[r:OFFERS|NEEDS]->(p) RETURN {type: type(r), id: p.id} } AS products
RETURN c.id AS id,
       COLLECT { UNWIND products AS p WITH p WHERE p.type = 'OFFERS' AND p.id IN needs RETURN p.id ORDER BY p.id } AS offersNeeded,
       COLLECT { UNWIND products AS p WITH p WHERE p.type = 'NEEDS' AND p.id IN offers RETURN p.id ORDER BY p.id } AS needsOffered,
       COLLECT { UNWIND products AS p WITH p WHERE p.type = 'OFFERS' AND p.id IN linked RETURN p.id ORDER BY p.id } AS inputLinked,
       COLLECT { MATCH (c)-[:MEMBER_OF]->(o) WHERE memberships <> [] AND o IN memberships RETURN o.id ORDER BY o.id } AS organisations
