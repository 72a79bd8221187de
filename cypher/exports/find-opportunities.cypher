// Cooperation opportunities across the border: a firm of the scope needs a product that a published
// firm in the other country offers and does not yet supply to it; the $perNeed nearest offerers per
// need (straight-line distance where both have coordinates, else last).
// $ids, $perNeed
// columns: firm, product, partner, distanceKm
UNWIND $ids AS id
MATCH (f:Firm {id: id})-[:NEEDS]->(p:Product)
WHERE f.country IS NOT NULL
CALL (f, p) {
  MATCH (p)<-[:OFFERS]-(o:Firm)
  WHERE o.country IS NOT NULL AND o.country <> f.country AND coalesce(o.published, true)
    AND NOT EXISTS { (o)-[r:SUPPLIES]->(f) WHERE r.product = p.id }
  WITH o, CASE WHEN f.lat IS NULL OR o.lat IS NULL THEN null
               ELSE point.distance(point({latitude: f.lat, longitude: f.lon}), point({latitude: o.lat, longitude: o.lon})) / 1000.0 END AS km
  ORDER BY km IS NULL, km, o.id
  LIMIT $perNeed
  RETURN o.id AS partner, km
}
RETURN f.id AS firm, p.id AS product, partner, km AS distanceKm
ORDER BY firm, product, distanceKm, partner
