// Every link of the network among actors, in its stored direction, for the whole-region metrics:
// one row per actor with the other ends by node id (as read-actors names them), each link's type
// and, for a supply link, its product ('' for the others). Lists per actor instead of a row per
// link: a million rows cost the driver and the database far more than the values in them.
// columns: node, targets, types, products
MATCH (a:Entity)
CALL (a) {
  MATCH (a)-[r:SUPPLIES|COOPERATES_WITH|MEMBER_OF]->(b:Entity)
  RETURN collect(id(b)) AS targets, collect(type(r)) AS types, collect(coalesce(r.product, '')) AS products
}
WITH a, targets, types, products
WHERE size(targets) > 0
RETURN id(a) AS node, targets, types, products
