// The stored overview (written by the metrics job), narrowed by the explorer's filters: groups by
// kind, country, region (any NUTS level above their district) and sector (a NACE code above or
// below their division), and the links among the groups kept of the chosen types, only the
// cross-border ones with $crossBorder. A few hundred groups and their links: no actor is read.
// $kind, $country, $region, $sector, $types [SUPPLIES|COOPERATES_WITH|MEMBER_OF], $crossBorder
// columns: group {id, district, country, kind, division, actors, internal, lat, lon}, links [{target, type, links, crossBorder}]
MATCH (g:OverviewGroup)
WHERE ($kind IS NULL OR g.kind = $kind)
  AND ($country IS NULL OR g.country = $country)
  AND ($region IS NULL OR EXISTS { (:Region {id: g.district})-[:PART_OF]->{0,2}(:Region {id: $region}) })
  AND ($sector IS NULL
       OR EXISTS { (:Sector {id: g.division})-[:PART_OF]->{0,2}(:Sector {id: $sector}) }
       OR EXISTS { (:Sector {id: $sector})-[:PART_OF]->{1,3}(:Sector {id: g.division}) })
WITH collect(g) AS groups
UNWIND groups AS a
OPTIONAL MATCH (a)-[l:OVERVIEW_LINK]->(b)
WHERE b IN groups AND l.type IN $types AND (l.crossBorder OR NOT $crossBorder)
WITH a, collect(CASE WHEN b IS NOT NULL THEN {target: b.id, type: l.type, links: l.links, crossBorder: l.crossBorder} END) AS links
RETURN a {.id, .district, .country, .kind, .division, .actors, .internal, .lat, .lon} AS group, links
ORDER BY a.id
