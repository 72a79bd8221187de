// What-if: cut the supply links of one firm ($scenario 'firm'), of every firm in a region at any
// level ('district'), or every link across the DE-CZ border ('border'; $id unused). Which firms
// (outside what is removed) lose every supplier of a product, and which firms offering it remain:
// not removed, not across a closed border; worst hit first, the $alternatives nearest named.
// Offerers are counted once per product and country; only the losses shown look up their
// nearest alternatives.
// A district's firms come as $removed (ids, found by the caller from the region down): checking a
// firm against that list replaces walking its LOCATED_IN and PART_OF links, which for the offerers
// of every product hit meant millions of db hits (at 200k firms a district's scenario now costs
// about a fifth). Lists of nodes carried through the sorts here would count against the
// transaction's memory once per row, a parameter does not.
// Alternatives are only firms the asker may see ($drafts); losses of hidden drafts count, unnamed.
// $scenario, $id, $removed (district firm ids; [] otherwise), $alternatives, $limit, $drafts
// columns: cutLinks, affectedFirms, total, losses [{firm, product, lost [ids], alternatives [{id, distanceKm}], alternativeCount}]
CALL () {
  WITH * WHERE $scenario = 'firm'
  MATCH (s:Firm {id: $id})-[r:SUPPLIES]->(c:Firm)
  RETURN s, r, c
  UNION
  WITH * WHERE $scenario = 'district'
  UNWIND $removed AS removed
  MATCH (s:Firm {id: removed})-[r:SUPPLIES]->(c:Firm)
  WHERE NOT c.id IN $removed
  RETURN s, r, c
  UNION
  // Seeks by country only in this scenario (a WHERE on the parameter alone would come after a scan).
  UNWIND CASE WHEN $scenario = 'border' THEN ['DE', 'CZ'] ELSE [] END AS country
  MATCH (s:Firm {country: country})-[r:SUPPLIES]->(c:Firm)
  WHERE c.country <> country
  RETURN s, r, c
}
WITH s, r, c ORDER BY s.id
WITH c, r.product AS product, collect(s.id) AS lost
WITH collect({customer: c, product: product, lost: lost}) AS cuts, sum(size(lost)) AS cutLinks
// [null] keeps one row through each UNWIND when there is nothing to unwind, so cutLinks survives.
UNWIND CASE WHEN cuts = [] THEN [null] ELSE cuts END AS cut
WITH cutLinks, cut, cut.customer AS c
WITH cutLinks, collect(CASE WHEN c IS NOT NULL AND NOT EXISTS {
  MATCH (c)<-[s:SUPPLIES]-(o:Firm) WHERE s.product = cut.product AND NOT o.id IN cut.lost
} THEN cut END) AS hits
UNWIND CASE WHEN hits = [] THEN [null] ELSE hits END AS cut
WITH cutLinks, cut.product AS product, collect(cut) AS hit
OPTIONAL MATCH (:Product {id: product})<-[:OFFERS]-(o:Firm)
WHERE ($scenario <> 'firm' OR o.id <> $id)
  AND ($scenario <> 'district' OR NOT o.id IN $removed)
WITH cutLinks, product, hit, o.country AS country, count(o) AS n
WITH cutLinks, product, hit, collect({country: country, n: n}) AS offerers
UNWIND CASE WHEN hit = [] THEN [null] ELSE hit END AS cut
WITH cutLinks, cut, cut.customer AS c, offerers
WITH cutLinks, cut, c,
     reduce(total = 0, x IN offerers | total + CASE WHEN $scenario <> 'border' OR x.country = c.country THEN x.n ELSE 0 END)
     - CASE WHEN EXISTS { (c)-[:OFFERS]->(:Product {id: cut.product}) } THEN 1 ELSE 0 END AS remaining
ORDER BY remaining, c.id, cut.product
WITH cutLinks, count(DISTINCT c) AS affectedFirms,
     collect(CASE WHEN cut IS NOT NULL THEN {customer: c, product: cut.product, lost: cut.lost, remaining: remaining} END) AS losses
RETURN cutLinks, affectedFirms, size(losses) AS total, [loss IN losses[0..$limit] | {
  firm: loss.customer.id, product: loss.product, lost: loss.lost, alternativeCount: loss.remaining,
  alternatives: COLLECT {
    MATCH (:Product {id: loss.product})<-[:OFFERS]-(o:Firm)
    WHERE o <> loss.customer
      AND ($scenario <> 'firm' OR o.id <> $id)
      AND ($scenario <> 'district' OR NOT o.id IN $removed)
      AND ($scenario <> 'border' OR o.country = loss.customer.country)
      AND ($drafts IS NULL OR coalesce(o.published, true) OR o.id IN $drafts)
    WITH o, point.distance(point({latitude: loss.customer.lat, longitude: loss.customer.lon}),
                           point({latitude: o.lat, longitude: o.lon})) / 1000.0 AS km
    ORDER BY km, o.id
    LIMIT $alternatives
    RETURN {id: o.id, distanceKm: km}
  }
}] AS losses
