// Every link of the network among actors, in its stored direction, for the whole-region metrics;
// a supply link with its product (null for the others).
// columns: source, target, type, product
MATCH (a:Entity)-[r:SUPPLIES|COOPERATES_WITH|MEMBER_OF]->(b:Entity)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.product AS product
