// The firms an area's supply rests on most: the area's firms and their direct suppliers, ranked by
// the stored number of firms across the region that have each in their supply chain within $k tiers
// (the whole-region metrics, server/src/metrics/). Reading a stored count per candidate instead of
// walking k tiers upstream of every area firm keeps a district of a 200k-firm region well under a
// second. Firms measured before they existed (no stored count yet) are left out until the next run.
// Drafts the asker may not see are not listed ($drafts).
// $firms (ids of the area's firms), $k (1..maxTier), $limit, $drafts
// columns: id, dependants, direct
UNWIND $firms AS id
MATCH (a:Firm {id: id})
CALL (a) {
  RETURN a AS f
  UNION
  MATCH (a)<-[:SUPPLIES]-(f)
  RETURN f
}
WITH DISTINCT f
WHERE f.metricDependants IS NOT NULL AND f.metricDependants[$k - 1] > 0
  AND ($drafts IS NULL OR coalesce(f.published, true) OR f.id IN $drafts)
WITH f, f.metricDependants[$k - 1] AS dependants, f.metricDependants[0] AS direct
ORDER BY dependants DESC, direct DESC, f.id
LIMIT $limit
RETURN f.id AS id, dependants, direct
