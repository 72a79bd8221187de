// All actors of a sector and/or region (any level of either hierarchy), best connected first; no
// filter at all means the whole actor network. The search starts from the sector, else the region,
// else the kind index. $crossBorder keeps actors with a cross-border link of the chosen types.
// The degree of all three types is the one the metrics job stored (links with other actors, as of
// its last run): reading one property costs half the CPU of counting each actor's links (a district
// of 9,000 actors at 200,000 firms). Before the first run, and for fewer types, the links are
// counted, per type with each type written out so that a hub's come from the degree store. The
// region is checked again only when the search started from the sector (a district's actors found
// from the region: 4x fewer db hits).
// Drafts the asker may not see are left out ($drafts).
// $types [SUPPLIES|COOPERATES_WITH|MEMBER_OF], $sector, $region, $country, $kind, $crossBorder, $take, $drafts
// columns: total, items [{id, degree}]
CALL () {
  WITH * WHERE $sector IS NOT NULL
  MATCH (:Sector {id: $sector})<-[:PART_OF]-{0,3}(:Sector)<-[:IN_SECTOR]-(n:Entity)
  RETURN DISTINCT n
  UNION
  WITH * WHERE $sector IS NULL AND $region IS NOT NULL
  MATCH (:Region {id: $region})<-[:PART_OF]-{0,2}(:Region)<-[:LOCATED_IN]-(n:Entity)
  RETURN n
  UNION
  // Seeks by kind only without a filter (a WHERE on the parameters alone would come after the seek).
  UNWIND CASE WHEN $sector IS NULL AND $region IS NULL THEN ['firm', 'institute', 'organisation'] ELSE [] END AS kind
  MATCH (n:Entity {kind: kind})
  RETURN n
}
WITH n
WHERE (n:Firm OR n:Institute OR n:Organisation)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($country IS NULL OR n.country = $country)
  AND ($drafts IS NULL OR coalesce(n.published, true) OR n.id IN $drafts)
  AND ($region IS NULL OR $sector IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,2}(:Region {id: $region}) })
  AND (NOT $crossBorder OR EXISTS { (n)-[r:SUPPLIES|COOPERATES_WITH|MEMBER_OF]-(m) WHERE type(r) IN $types AND m.country <> n.country })
WITH n, CASE WHEN size($types) = 3 AND n.metricWeightedDegree IS NOT NULL THEN n.metricWeightedDegree
         ELSE CASE WHEN 'SUPPLIES' IN $types THEN COUNT { (n)-[:SUPPLIES]-() } ELSE 0 END
            + CASE WHEN 'COOPERATES_WITH' IN $types THEN COUNT { (n)-[:COOPERATES_WITH]-() } ELSE 0 END
            + CASE WHEN 'MEMBER_OF' IN $types THEN COUNT { (n)-[:MEMBER_OF]-() } ELSE 0 END
       END AS degree
ORDER BY degree DESC, n.id
WITH collect({id: n.id, degree: degree}) AS items
RETURN size(items) AS total, items[0..$take] AS items
