// The firms whose loss would cut the most supply chains of an area: for every firm upstream of the
// area's firms within $k tiers, how many of them depend on it (and how many directly). One branch
// per k, so a small k never walks the deeper tiers (a quantifier bound cannot be a parameter).
// Each area firm's upstream is one breadth-first search that keeps each supplier once at its
// nearest tier (a pruning variable-length expand: cheaper per supplier than a shortest-path search,
// and SUPPLIES only ever joins firms, so the far end needs no label check). The work still grows
// with the (area firm, upstream firm) pairs: about 1.1 million for a Saxon district at k = 3 and
// 200k firms.
// The live walk (exports use it; area risk reads the stored dependants instead, and the benchmark
// measures the two side by side on the same districts).
// With $confirmedOnly a chain counts only when all its links are confirmed.
// $firms (ids), $k (1..6), $limit, $confirmedOnly
// columns: id, dependants, direct
UNWIND $firms AS id
MATCH (a:Firm {id: id})
CALL (a) {
  WITH a WHERE $k = 1
  MATCH p = (a)<-[:SUPPLIES*1..1]-(s) WHERE (NOT $confirmedOnly OR all(r IN relationships(p) WHERE r.standing IN ['confirmed', 'verified'])) RETURN s, min(length(p)) AS tier
  UNION ALL
  WITH a WHERE $k = 2
  MATCH p = (a)<-[:SUPPLIES*1..2]-(s) WHERE (NOT $confirmedOnly OR all(r IN relationships(p) WHERE r.standing IN ['confirmed', 'verified'])) RETURN s, min(length(p)) AS tier
  UNION ALL
  WITH a WHERE $k = 3
  MATCH p = (a)<-[:SUPPLIES*1..3]-(s) WHERE (NOT $confirmedOnly OR all(r IN relationships(p) WHERE r.standing IN ['confirmed', 'verified'])) RETURN s, min(length(p)) AS tier
  UNION ALL
  WITH a WHERE $k = 4
  MATCH p = (a)<-[:SUPPLIES*1..4]-(s) WHERE (NOT $confirmedOnly OR all(r IN relationships(p) WHERE r.standing IN ['confirmed', 'verified'])) RETURN s, min(length(p)) AS tier
  UNION ALL
  WITH a WHERE $k = 5
  MATCH p = (a)<-[:SUPPLIES*1..5]-(s) WHERE (NOT $confirmedOnly OR all(r IN relationships(p) WHERE r.standing IN ['confirmed', 'verified'])) RETURN s, min(length(p)) AS tier
  UNION ALL
  WITH a WHERE $k = 6
  MATCH p = (a)<-[:SUPPLIES*1..6]-(s) WHERE (NOT $confirmedOnly OR all(r IN relationships(p) WHERE r.standing IN ['confirmed', 'verified'])) RETURN s, min(length(p)) AS tier
}
WITH s, a, tier WHERE s <> a
WITH s, count(a) AS dependants, count(CASE WHEN tier = 1 THEN 1 END) AS direct
ORDER BY dependants DESC, direct DESC, s.id
LIMIT $limit
RETURN s.id AS id, dependants, direct
