// Demo data: the other side confirms a link an event outcome claimed, at $confirmedAt.
// $type, $from, $to, $product, $confirmedAt
// columns: count
MATCH (a:Firm {id: $from})-[r]->(b:Firm {id: $to})
WHERE type(r) = $type AND ($product IS NULL OR r.product = $product) AND r.source = 'event'
SET r.standing = 'confirmed', r.confirmedAt = datetime($confirmedAt)
RETURN count(r) AS count
