// The stored overview's groups (written by the metrics job), narrowed by the explorer's filters: by
// kind, country, region (any NUTS level above their district) and sector (a NACE code above or below
// their division). A few hundred groups: no actor is read. Their links come from
// network/find-overview-links, read once per metrics run.
// $kind, $country, $region, $sector
// columns: group {id, district, country, kind, division, actors, internal, lat, lon}
MATCH (g:OverviewGroup)
WHERE ($kind IS NULL OR g.kind = $kind)
  AND ($country IS NULL OR g.country = $country)
  AND ($region IS NULL OR EXISTS { (:Region {id: g.district})-[:PART_OF]->{0,2}(:Region {id: $region}) })
  AND ($sector IS NULL
       OR EXISTS { (:Sector {id: g.division})-[:PART_OF]->{0,2}(:Sector {id: $sector}) }
       OR EXISTS { (:Sector {id: $sector})-[:PART_OF]->{1,3}(:Sector {id: g.division}) })
RETURN g {.id, .district, .country, .kind, .division, .actors, .internal, .lat, .lon} AS group
ORDER BY g.id
