// The actors within $hops links of a centre, nearest and best connected first; the centre is always
// row one and ignores the filters. Each hop count has its own branch so that a small $hops never
// explores the larger ring (a quantifier bound cannot be a parameter). $crossBorder keeps the nodes
// with a cross-border link of the chosen types; whether it reaches a node shown is settled later.
// The degree is a sum over the types with each type written out: Neo4j then reads it from the degree
// store instead of expanding every relationship of a hub (a cluster has thousands of members), about
// 8x fewer db hits at 2 hops. The branches exclude each other, so UNION ALL spares a Distinct.
// $id, $hops (1..3), $types [SUPPLIES|COOPERATES_WITH|MEMBER_OF], $kind, $country, $region (any NUTS
// level), $sector (any NACE level), $crossBorder, $take, $drafts (a draft the asker may not see is
// neither the centre nor reached, nor passed through)
// columns: found (false when no actor has the id), total, items [{id, distance, degree}]
OPTIONAL MATCH (c:Entity {id: $id})
WHERE (c:Firm OR c:Institute OR c:Organisation) AND ($drafts IS NULL OR coalesce(c.published, true) OR c.id IN $drafts)
WITH c, COLLECT {
  CALL (c) {
    WITH c WHERE c IS NOT NULL AND $hops = 1
    MATCH p = ANY SHORTEST (c)(()-[r:SUPPLIES|COOPERATES_WITH|MEMBER_OF WHERE type(r) IN $types]-(x WHERE ($drafts IS NULL OR coalesce(x.published, true) OR x.id IN $drafts))){1,1}(n)
    RETURN n, length(p) AS distance
    UNION ALL
    WITH c WHERE c IS NOT NULL AND $hops = 2
    MATCH p = ANY SHORTEST (c)(()-[r:SUPPLIES|COOPERATES_WITH|MEMBER_OF WHERE type(r) IN $types]-(x WHERE ($drafts IS NULL OR coalesce(x.published, true) OR x.id IN $drafts))){1,2}(n)
    RETURN n, length(p) AS distance
    UNION ALL
    WITH c WHERE c IS NOT NULL AND $hops = 3
    MATCH p = ANY SHORTEST (c)(()-[r:SUPPLIES|COOPERATES_WITH|MEMBER_OF WHERE type(r) IN $types]-(x WHERE ($drafts IS NULL OR coalesce(x.published, true) OR x.id IN $drafts))){1,3}(n)
    RETURN n, length(p) AS distance
  }
  WITH n, distance
  WHERE n <> c
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($country IS NULL OR n.country = $country)
    AND ($region IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,2}(:Region {id: $region}) })
    AND ($sector IS NULL OR EXISTS { (n)-[:IN_SECTOR]->(:Sector)-[:PART_OF]->{0,3}(:Sector {id: $sector}) })
    AND (NOT $crossBorder OR EXISTS { (n)-[r:SUPPLIES|COOPERATES_WITH|MEMBER_OF]-(m) WHERE type(r) IN $types AND m.country <> n.country })
  WITH n, distance, CASE WHEN 'SUPPLIES' IN $types THEN COUNT { (n)-[:SUPPLIES]-() } ELSE 0 END
              + CASE WHEN 'COOPERATES_WITH' IN $types THEN COUNT { (n)-[:COOPERATES_WITH]-() } ELSE 0 END
              + CASE WHEN 'MEMBER_OF' IN $types THEN COUNT { (n)-[:MEMBER_OF]-() } ELSE 0 END AS degree
  ORDER BY distance, degree DESC, n.id
  RETURN {id: n.id, distance: distance, degree: degree}
} AS ring
RETURN c IS NOT NULL AS found,
       CASE WHEN c IS NULL THEN 0 ELSE size(ring) + 1 END AS total,
       CASE WHEN c IS NULL THEN [] ELSE
         ([{id: c.id, distance: 0, degree: CASE WHEN 'SUPPLIES' IN $types THEN COUNT { (c)-[:SUPPLIES]-() } ELSE 0 END
                 + CASE WHEN 'COOPERATES_WITH' IN $types THEN COUNT { (c)-[:COOPERATES_WITH]-() } ELSE 0 END
                 + CASE WHEN 'MEMBER_OF' IN $types THEN COUNT { (c)-[:MEMBER_OF]-() } ELSE 0 END}] + ring)[0..$take]
       END AS items
