// What came of a meeting. 'cooperation' and 'supplier' write a link as a claim for the other side to
// confirm, with its provenance: source 'event', sourceRef the event id, standing 'claimed'.
// A supplier relationship is SUPPLIES from $supplier to the other firm for $product; a cooperation is
// COOPERATES_WITH from the requesting firm. An existing link keeps its provenance.
// $event, $meeting, $held, $outcome, $product, $supplier, $user, $now
// columns: id, linkType, linkFrom, linkTo, linkCreated
MATCH (m:Meeting {id: $meeting})-[:AT]->(e:Event {id: $event})
MATCH (m)-[:REQUESTED_BY]->(:Registration)-[:OF]->(a:Firm)
MATCH (m)-[:BETWEEN]->(:Registration)-[:OF]->(b:Firm) WHERE b <> a
SET m.held = $held, m.outcome = $outcome, m.outcomeProduct = $product, m.outcomeSupplier = $supplier,
    m.outcomeAt = datetime($now), m.outcomeBy = $user
WITH m, e, a, b
OPTIONAL CALL (m, e, a, b) {
  WITH a, b WHERE $outcome = 'supplier'
  WITH CASE WHEN $supplier = a.id THEN a ELSE b END AS s, CASE WHEN $supplier = a.id THEN b ELSE a END AS c
  MERGE (s)-[r:SUPPLIES {product: $product}]->(c)
  ON CREATE SET r.since = date(datetime($now)), r.source = 'event', r.sourceRef = $event, r.enteredBy = $user,
                r.enteredAt = datetime($now), r.standing = 'claimed', r.createdHere = true
  WITH r, s, c, coalesce(r.createdHere, false) AS created
  REMOVE r.createdHere
  RETURN 'SUPPLIES' AS linkType, s.id AS linkFrom, c.id AS linkTo, created AS linkCreated
  UNION
  WITH a, b WHERE $outcome = 'cooperation'
  OPTIONAL MATCH (a)-[existing:COOPERATES_WITH]-(b)
  WITH a, b, existing WHERE existing IS NULL
  CREATE (a)-[r:COOPERATES_WITH]->(b)
  SET r.since = date(datetime($now)), r.source = 'event', r.sourceRef = $event, r.enteredBy = $user,
      r.enteredAt = datetime($now), r.standing = 'claimed'
  RETURN 'COOPERATES_WITH' AS linkType, a.id AS linkFrom, b.id AS linkTo, true AS linkCreated
}
RETURN m.id AS id, linkType, linkFrom, linkTo, linkCreated
