// The $k shortest chains between two firms over supply and cooperation links, read in either
// direction, no node twice, at most $maxHops links; intermediate actors may be institutes (they
// cooperate). SHORTEST keeps 10 per pair, so $k is at most 10. A quantifier bound cannot be a
// parameter and a predicate on the path length does not stop the search, so up to 4 links (the
// default) the pattern walks 4 and only 5 or 6 walk all 6: two firms without a short chain are
// then not searched 6 deep. The types are written out (narrowed to $types by a filter) so the
// search skips a firm's other relationships. Together about 100x fewer db hits at 200k firms.
// The start firm is excluded as a step while walking, not by a filter on the paths found: the
// found paths are checked in memory, where Neo4j does not stop a query past its timeout, and a
// firm whose neighbours all link back to it would give millions of walks to reject.
// Drafts the asker may not see are no step ($drafts); $confirmedOnly uses only confirmed links.
// $from, $to, $types [SUPPLIES|COOPERATES_WITH], $k, $maxHops (1..6), $drafts, $confirmedOnly
// columns: nodes [id], hops [{type, source, target, products}]
MATCH (a:Firm {id: $from})
MATCH (b:Firm {id: $to})
CALL (a, b) {
  WITH a, b WHERE $maxHops <= 4
  MATCH p = SHORTEST 10 (
    (a)(()-[link:SUPPLIES|COOPERATES_WITH WHERE type(link) IN $types AND (NOT $confirmedOnly OR link.standing IN ['confirmed', 'verified'])]-(x WHERE x <> a AND ($drafts IS NULL OR coalesce(x.published, true) OR x.id IN $drafts))){1,4}(b)
    WHERE size(x) <= $maxHops
      AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
  )
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops > 4
  MATCH p = SHORTEST 10 (
    (a)(()-[link:SUPPLIES|COOPERATES_WITH WHERE type(link) IN $types AND (NOT $confirmedOnly OR link.standing IN ['confirmed', 'verified'])]-(x WHERE x <> a AND ($drafts IS NULL OR coalesce(x.published, true) OR x.id IN $drafts))){1,6}(b)
    WHERE size(x) <= $maxHops
      AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
  )
  RETURN p
}
// Chains over the same links that differ only in the product of a supply link are one route, each
// such link listing its products; routes come shortest first, then by the ids along them, then by
// their links' types and directions.
WITH [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS links,
     [r IN relationships(p) | r.product] AS products
WITH nodes, links, collect(products) AS variants
ORDER BY size(nodes), nodes, [l IN links | l.type + ':' + l.source]
LIMIT $k
RETURN nodes, [i IN range(0, size(links) - 1) | {type: links[i].type, source: links[i].source, target: links[i].target, products: reduce(acc = [], v IN variants | CASE WHEN v[i] IS NULL OR v[i] IN acc THEN acc ELSE acc + v[i] END)}] AS hops
