// The links a scope's tables carry, with their provenance: supply, cooperation and membership links
// with both ends among the actors, and the products the scope's firms offer and need.
// $ids (the scope's actors, drafts already left out where the caller may not see them)
// columns: type, from, to, product, since, source, sourceRef, enteredBy, enteredAt, standing
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WITH collect(a) AS shown
UNWIND shown AS a
CALL (a, shown) {
  MATCH (a)-[r:SUPPLIES|COOPERATES_WITH|MEMBER_OF]->(b)
  WHERE b IN shown
  RETURN r, b
  UNION ALL
  MATCH (a)-[r:OFFERS|NEEDS]->(b:Product)
  RETURN r, b
}
RETURN type(r) AS type, a.id AS from, b.id AS to, r.product AS product, r.since AS since,
       r.source AS source, r.sourceRef AS sourceRef, r.enteredBy AS enteredBy, r.enteredAt AS enteredAt,
       r.standing AS standing
ORDER BY type, from, to, product
