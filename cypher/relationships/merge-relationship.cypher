// Links two nodes once; repeating the call changes nothing but `since`.
// $type, $from, $to, $since
// columns: type, from, to, since
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type)]->(b)
SET r.since = coalesce($since, r.since)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.since AS since
