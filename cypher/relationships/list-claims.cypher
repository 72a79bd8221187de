// Claims waiting for the other side: supply and cooperation links with standing 'claimed' that
// have one of $firmIds at an end whose members did not enter them (null: every claim, for staff),
// newest first.
// $firmIds, $limit
// columns: type, from {id, name}, to {id, name}, product, productNames {name, nameDe, nameCs, nameEn}, enteredAt, enteredBy {name} or null, source, sourceRef
CALL () {
  WITH * WHERE $firmIds IS NOT NULL
  UNWIND $firmIds AS id
  MATCH (e:Entity {id: id})-[r:SUPPLIES|COOPERATES_WITH]-()
  WHERE r.standing = 'claimed' AND NOT EXISTS { (:User {id: r.enteredBy})-[:BELONGS_TO]->(e) }
  RETURN DISTINCT r
  UNION
  WITH * WHERE $firmIds IS NULL
  MATCH ()-[r:SUPPLIES|COOPERATES_WITH]->()
  WHERE r.standing = 'claimed'
  RETURN r
}
WITH r ORDER BY r.enteredAt DESC, startNode(r).id, endNode(r).id LIMIT $limit
WITH r, startNode(r) AS a, endNode(r) AS b
OPTIONAL MATCH (u:User {id: r.enteredBy})
OPTIONAL MATCH (p:Product {id: r.product})
RETURN type(r) AS type, a {.id, .name} AS from, b {.id, .name} AS to, r.product AS product,
       CASE WHEN p IS NULL THEN null ELSE p {.name, .nameDe, .nameCs, .nameEn} END AS productNames,
       r.enteredAt AS enteredAt, CASE WHEN u IS NULL THEN null ELSE {name: u.name} END AS enteredBy,
       r.source AS source, r.sourceRef AS sourceRef
