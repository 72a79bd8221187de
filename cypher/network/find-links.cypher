// The links of the chosen types among a set of actors, each once in its stored direction;
// $crossBorder keeps only links whose ends lie in different countries. The types are written out
// (and narrowed to $types by a filter) so the expansion skips the other relationships of a node,
// and the far end is checked against the looked-up nodes rather than by reading its id: a hub's
// thousands of links are then filtered without a property read each (about 2x faster for 2,000).
// $ids, $types [SUPPLIES|COOPERATES_WITH|MEMBER_OF], $crossBorder
// columns: source, target, type, product, crossBorder
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH collect(n) AS shown
UNWIND shown AS a
MATCH (a)-[r:SUPPLIES|COOPERATES_WITH|MEMBER_OF]->(b)
WHERE type(r) IN $types AND b IN shown
WITH a, r, b, coalesce(a.country <> b.country, false) AS crossBorder
WHERE crossBorder OR NOT $crossBorder
RETURN a.id AS source, b.id AS target, type(r) AS type, r.product AS product, crossBorder
