// The links of the chosen types among a set of actors, each once in its stored direction;
// $crossBorder keeps only links whose ends lie in different countries.
// $ids, $types [SUPPLIES|COOPERATES_WITH|MEMBER_OF], $crossBorder
// columns: source, target, type, product, crossBorder
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:$any($types)]->(b:Entity)
WHERE b.id IN $ids
WITH a, r, b, coalesce(a.country <> b.country, false) AS crossBorder
WHERE crossBorder OR NOT $crossBorder
RETURN a.id AS source, b.id AS target, type(r) AS type, r.product AS product, crossBorder
