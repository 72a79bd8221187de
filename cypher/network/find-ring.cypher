// One ring of an ego network: the actors one link beyond $sources that are not in $seen (the
// centre and the nearer rings). The sources are expanded in the order given (the repository passes
// the least connected first, so a chamber's or a cluster's thousands of members come last), each
// source's new neighbours best connected first and at most $perSource of them, and the search
// stops once $take actors are found: LIMIT is lazy, so the rest of a large ring is never read.
// With $shownOnly, only actors the filters keep ($kind, $country, $region and $sector at any level,
// $crossBorder: a cross-border link of the chosen types) are counted and returned; without it,
// every actor of the ring (the sources of the next ring). A draft the asker may not see is neither
// returned nor passed through ($drafts). The degree is the stored one or counted, as in find-cluster.
// $sources [ids], $seen [ids], $types [SUPPLIES|COOPERATES_WITH|MEMBER_OF], $shownOnly, $kind,
// $country, $region, $sector, $crossBorder, $perSource, $take, $drafts
// columns: id, degree
UNWIND $sources AS source
MATCH (m:Entity {id: source})
CALL (m) {
  MATCH (m)-[r:SUPPLIES|COOPERATES_WITH|MEMBER_OF]-(n)
  WHERE type(r) IN $types
    AND NOT n.id IN $seen
    AND ($drafts IS NULL OR coalesce(n.published, true) OR n.id IN $drafts)
    AND (NOT $shownOnly OR (
      ($kind IS NULL OR n.kind = $kind)
      AND ($country IS NULL OR n.country = $country)
      AND ($region IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,2}(:Region {id: $region}) })
      AND ($sector IS NULL OR EXISTS { (n)-[:IN_SECTOR]->(:Sector)-[:PART_OF]->{0,3}(:Sector {id: $sector}) })
      AND (NOT $crossBorder OR EXISTS { (n)-[x:SUPPLIES|COOPERATES_WITH|MEMBER_OF]-(o) WHERE type(x) IN $types AND o.country <> n.country })
    ))
  WITH DISTINCT n
  LIMIT $perSource
  WITH n, CASE WHEN size($types) = 3 AND n.metricWeightedDegree IS NOT NULL THEN n.metricWeightedDegree
          ELSE CASE WHEN 'SUPPLIES' IN $types THEN COUNT { (n)-[:SUPPLIES]-() } ELSE 0 END
             + CASE WHEN 'COOPERATES_WITH' IN $types THEN COUNT { (n)-[:COOPERATES_WITH]-() } ELSE 0 END
             + CASE WHEN 'MEMBER_OF' IN $types THEN COUNT { (n)-[:MEMBER_OF]-() } ELSE 0 END
        END AS degree
  ORDER BY degree DESC, n.id
  RETURN n, degree
}
WITH DISTINCT n, degree
LIMIT $take
RETURN n.id AS id, degree
