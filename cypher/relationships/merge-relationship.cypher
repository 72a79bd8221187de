// Links two nodes once. A new link gets $props (since and provenance: source, sourceRef, enteredBy,
// enteredAt, standing); repeating the call changes nothing but `since`, and keeps who entered it.
// $type, $from, $to, $since, $props
// columns: type, from, to, since, before (the link's properties before, null when it is new), after
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
OPTIONAL MATCH (a)-[old:$($type)]->(b)
WITH a, b, properties(old) AS before
LIMIT 1
MERGE (a)-[r:$($type)]->(b)
ON CREATE SET r += $props
SET r.since = coalesce($since, r.since)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.since AS since, before, properties(r) AS after
