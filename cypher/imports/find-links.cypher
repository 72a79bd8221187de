// Which of the given links exist already (SUPPLIES keyed by product), with what an import may change.
// $links [{key, type, from, to, product}]
// columns: key, since, standing
UNWIND $links AS l
MATCH (a:Entity {id: l.from})-[r]->(b:Entity {id: l.to})
WHERE type(r) = l.type AND (l.type <> 'SUPPLIES' OR r.product = l.product)
RETURN l.key AS key, r.since AS since, r.standing AS standing
