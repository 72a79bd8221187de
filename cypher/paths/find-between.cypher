// The $k shortest chains between two firms over supply and cooperation links, read in either
// direction, no node twice, at most $maxHops links; intermediate actors may be institutes (they
// cooperate). SHORTEST keeps 10 per pair, so $k is at most 10.
// $from, $to, $types [SUPPLIES|COOPERATES_WITH], $k, $maxHops (1..6)
// columns: nodes [id], hops [{type, source, target, product}]
MATCH (a:Firm {id: $from})
MATCH (b:Firm {id: $to})
MATCH p = SHORTEST 10 (
  (a)(()-[:$any($types)]-(x)){1,6}(b)
  WHERE size(x) <= $maxHops
    AND NOT a IN x
    AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
)
WITH p, [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | type(r) + ':' + coalesce(r.product, '')] AS links
ORDER BY length(p), nodes, links
LIMIT $k
RETURN nodes, [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, product: r.product}] AS hops
