// Cooperation opportunities across the border: a firm of the scope needs a product that a published
// firm in the other country offers and does not yet supply to it. Each need keeps its $perNeed
// nearest offerers (straight-line distance where both have coordinates, else last); of all these the
// $limit nearest are returned, ranked (count-opportunities.cypher counts them all).
// A region's needs meet millions of offerers, so each product's offerers are read once, with their
// position as a point, and only a need's candidates get a distance.
// $ids, $perNeed, $limit
// columns: firm, product, partner, distanceKm
UNWIND $ids AS id
MATCH (f:Firm {id: id})-[:NEEDS]->(p:Product)
WHERE f.country IS NOT NULL
WITH p, collect(f) AS needers
CALL (p) {
  MATCH (p)<-[:OFFERS]-(o:Firm)
  WHERE o.country IS NOT NULL AND coalesce(o.published, true)
  RETURN collect(o {.id, .country, at: CASE WHEN o.lat IS NULL OR o.lon IS NULL THEN null ELSE point({latitude: o.lat, longitude: o.lon}) END}) AS offerers
}
UNWIND needers AS f
WITH f, p, f.country AS country, offerers
WHERE any(o IN offerers WHERE o.country <> country)
WITH f, p, country, offerers, COLLECT { MATCH (f)<-[r:SUPPLIES]-(s:Firm) WHERE r.product = p.id RETURN s.id } AS supplying
WITH f, p, [o IN offerers WHERE o.country <> country AND NOT o.id IN supplying] AS candidates,
     CASE WHEN f.lat IS NULL OR f.lon IS NULL THEN null ELSE point({latitude: f.lat, longitude: f.lon}) END AS at
CALL (at, candidates) {
  UNWIND candidates AS o
  WITH o.id AS partner, point.distance(at, o.at) / 1000.0 AS km
  ORDER BY km IS NULL, km, partner
  LIMIT $perNeed
  RETURN partner, km
}
RETURN f.id AS firm, p.id AS product, partner, km AS distanceKm
ORDER BY distanceKm IS NULL, distanceKm, firm, product, partner
LIMIT $limit
