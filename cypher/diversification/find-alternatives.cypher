// Firms that could supply a product to a firm and do not today: they offer the product, or a
// product of the same category (which can replace it). The facts the score is built from come
// along: distance (km, from coordinates), cross-border, size, certifications, organisations both
// are members of, and introducers (actors linked by supply or cooperation to both firms).
// Same-product offers and near firms first, at most $candidates.
// The firm's partners and organisations are read once; each candidate is then checked against them
// from its own side (and not at all when the firm has none), instead of walking the firm's links
// again for every one of up to 2,000 candidates.
// Drafts the asker may not see are no candidate ($drafts).
// $firm, $product, $candidates, $drafts
// columns: id, offered [product ids], sameProduct, distanceKm, crossBorder, size, certifications,
//          organisations [ids], introducers [ids]
MATCH (f:Firm {id: $firm})
MATCH (p:Product {id: $product})
WITH f, p, COLLECT { MATCH (s:Firm)-[:SUPPLIES {product: p.id}]->(f) RETURN s } AS current,
     COLLECT { MATCH (f)-[:SUPPLIES|COOPERATES_WITH]-(m) WHERE m <> f RETURN DISTINCT m } AS partners,
     COLLECT { MATCH (f)-[:MEMBER_OF]->(o:Organisation) RETURN o } AS memberships
CALL (p) {
  MATCH (p)<-[:OFFERS]-(a:Firm)
  RETURN a, p AS offered
  UNION
  MATCH (q:Product {category: p.category})<-[:OFFERS]-(a:Firm)
  WHERE q <> p
  RETURN a, q AS offered
}
WITH f, p, a, offered, partners, memberships
WHERE a <> f AND NOT a IN current AND ($drafts IS NULL OR coalesce(a.published, true) OR a.id IN $drafts)
ORDER BY offered.id
WITH f, p, a, partners, memberships, collect(offered.id) AS offered
WITH f, a, offered, partners, memberships, p.id IN offered AS sameProduct,
     point.distance(point({latitude: f.lat, longitude: f.lon}), point({latitude: a.lat, longitude: a.lon})) / 1000.0 AS distanceKm
ORDER BY sameProduct DESC, distanceKm, a.id
LIMIT $candidates
RETURN a.id AS id, offered, sameProduct, distanceKm,
       coalesce(a.country <> f.country, false) AS crossBorder, a.size AS size,
       coalesce(a.certifications, []) AS certifications,
       COLLECT { MATCH (a)-[:MEMBER_OF]->(o) WHERE memberships <> [] AND o IN memberships RETURN o.id ORDER BY o.id } AS organisations,
       COLLECT {
         MATCH (a)-[:SUPPLIES|COOPERATES_WITH]-(m)
         WHERE partners <> [] AND m IN partners AND m <> a
         RETURN DISTINCT m.id AS m ORDER BY m
       } AS introducers
