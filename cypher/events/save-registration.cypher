// Registers a firm for an event, or replaces its registration: persons, what it offers and seeks
// there, its typed cooperation requests and its availability. The firm ATTENDS the event (provenance
// 'event'). Run inside a transaction with the audit entry.
// $event, $firm, $persons, $offers, $seeks, $requests [{id, type, product, textDe, textCs, textEn}], $available,
// $user, $now
// columns: id, created
MATCH (e:Event {id: $event})
MATCH (f:Firm {id: $firm})
MERGE (r:Registration {id: $event + '/' + $firm})
ON CREATE SET r.createdAt = datetime($now), r.createdBy = $user
WITH e, f, r, r.createdAt = datetime($now) AS created
MERGE (r)-[:FOR]->(e)
MERGE (r)-[:OF]->(f)
SET r.persons = $persons, r.available = $available, r.updatedAt = datetime($now)
MERGE (f)-[a:ATTENDS]->(e)
ON CREATE SET a.source = 'event', a.sourceRef = $event, a.enteredBy = $user, a.enteredAt = datetime($now), a.standing = 'confirmed'
WITH e, f, r, created
CALL (r) {
  OPTIONAL MATCH (r)-[old:OFFERS_HERE|SEEKS_HERE]->()
  DELETE old
}
CALL (r) {
  OPTIONAL MATCH (r)-[:HAS_REQUEST]->(old:CooperationRequest)
  DETACH DELETE old
}
CALL (r, f) {
  UNWIND $offers AS product
  MATCH (f)-[:OFFERS]->(p:Product {id: product})
  MERGE (r)-[:OFFERS_HERE]->(p)
}
CALL (r, f) {
  UNWIND $seeks AS product
  MATCH (f)-[:NEEDS]->(p:Product {id: product})
  MERGE (r)-[:SEEKS_HERE]->(p)
}
CALL (r) {
  UNWIND $requests AS request
  CREATE (r)-[:HAS_REQUEST]->(c:CooperationRequest {id: request.id})
  SET c.type = request.type, c.product = request.product,
      c.textDe = request.textDe, c.textCs = request.textCs, c.textEn = request.textEn
}
RETURN r.id AS id, created
