// The actors within $hops links of a centre, nearest and best connected first; the centre is always
// row one and ignores the filters. Each hop count has its own branch so that a small $hops never
// explores the larger ring (a quantifier bound cannot be a parameter). $crossBorder keeps the nodes
// with a cross-border link of the chosen types; whether it reaches a node shown is settled later.
// $id, $hops (1..3), $types [SUPPLIES|COOPERATES_WITH|MEMBER_OF], $kind, $country, $region (any NUTS
// level), $sector (any NACE level), $crossBorder, $take
// columns: found (false when no actor has the id), total, items [{id, distance, degree}]
OPTIONAL MATCH (c:Entity {id: $id})
WHERE c:Firm OR c:Institute OR c:Organisation
WITH c, COLLECT {
  CALL (c) {
    WITH c WHERE c IS NOT NULL AND $hops = 1
    MATCH p = ANY SHORTEST (c)-[:$any($types)]-{1,1}(n)
    RETURN n, length(p) AS distance
    UNION
    WITH c WHERE c IS NOT NULL AND $hops = 2
    MATCH p = ANY SHORTEST (c)-[:$any($types)]-{1,2}(n)
    RETURN n, length(p) AS distance
    UNION
    WITH c WHERE c IS NOT NULL AND $hops = 3
    MATCH p = ANY SHORTEST (c)-[:$any($types)]-{1,3}(n)
    RETURN n, length(p) AS distance
  }
  WITH n, distance
  WHERE n <> c
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($country IS NULL OR n.country = $country)
    AND ($region IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,2}(:Region {id: $region}) })
    AND ($sector IS NULL OR EXISTS { (n)-[:IN_SECTOR]->(:Sector)-[:PART_OF]->{0,3}(:Sector {id: $sector}) })
    AND (NOT $crossBorder OR EXISTS { (n)-[:$any($types)]-(m) WHERE m.country <> n.country })
  WITH n, distance, COUNT { (n)-[:$any($types)]-() } AS degree
  ORDER BY distance, degree DESC, n.id
  RETURN {id: n.id, distance: distance, degree: degree}
} AS ring
RETURN c IS NOT NULL AS found,
       CASE WHEN c IS NULL THEN 0 ELSE size(ring) + 1 END AS total,
       CASE WHEN c IS NULL THEN [] ELSE
         ([{id: c.id, distance: 0, degree: COUNT { (c)-[:$any($types)]-() }}] + ring)[0..$take]
       END AS items
