// The firms whose loss would cut the most supply chains of an area: for every firm upstream of the
// area's firms within $k tiers, how many of them depend on it (and how many directly). One branch
// per k, so a small k never walks the deeper tiers (a quantifier bound cannot be a parameter).
// $firms (ids), $k (1..6), $limit
// columns: id, dependants, direct
UNWIND $firms AS id
MATCH (a:Firm {id: id})
CALL (a) {
  WITH a WHERE $k = 1
  MATCH p = ANY SHORTEST (a)<-[:SUPPLIES]-{1,1}(s:Firm) RETURN s, length(p) AS tier
  UNION
  WITH a WHERE $k = 2
  MATCH p = ANY SHORTEST (a)<-[:SUPPLIES]-{1,2}(s:Firm) RETURN s, length(p) AS tier
  UNION
  WITH a WHERE $k = 3
  MATCH p = ANY SHORTEST (a)<-[:SUPPLIES]-{1,3}(s:Firm) RETURN s, length(p) AS tier
  UNION
  WITH a WHERE $k = 4
  MATCH p = ANY SHORTEST (a)<-[:SUPPLIES]-{1,4}(s:Firm) RETURN s, length(p) AS tier
  UNION
  WITH a WHERE $k = 5
  MATCH p = ANY SHORTEST (a)<-[:SUPPLIES]-{1,5}(s:Firm) RETURN s, length(p) AS tier
  UNION
  WITH a WHERE $k = 6
  MATCH p = ANY SHORTEST (a)<-[:SUPPLIES]-{1,6}(s:Firm) RETURN s, length(p) AS tier
}
WITH s, a, tier WHERE s <> a
WITH s, count(a) AS dependants, count(CASE WHEN tier = 1 THEN 1 END) AS direct
ORDER BY dependants DESC, direct DESC, s.id
LIMIT $limit
RETURN s.id AS id, dependants, direct
