// Firms that could supply a product to a firm and do not today: first those that offer the
// product, nearest first; then, while fewer than $candidates, those that offer only a product of
// the same category (which can replace it), nearest first. The substitutes are not read at all
// when the product's own offers fill the candidates (a common service at 200,000 firms has 10,000
// offers). The facts the score is built from come along: distance (km, from coordinates; firms
// without them last), cross-border, size and certifications; the products each offers, its shared
// organisations and its introducers are read for fewer firms afterwards (find-offered,
// find-shared-organisations, find-introducers). OFFERS only ever leaves a firm (the relationship
// rules), so an offerer needs no label check. Drafts the asker may not see are no candidate
// ($drafts): checked in distance order, only until the candidates are found (the second ORDER BY
// keeps the order the first gave, and costs no sort).
// $firm, $product, $candidates, $drafts
// columns: id, sameProduct, distanceKm, crossBorder, size, certifications
MATCH (f:Firm {id: $firm})
MATCH (p:Product {id: $product})
WITH f, p, point({latitude: f.lat, longitude: f.lon}) AS here,
     COLLECT { MATCH (s:Firm)-[:SUPPLIES {product: p.id}]->(f) RETURN s } AS current
CALL (f, p, here, current) {
  MATCH (p)<-[:OFFERS]-(a)
  WHERE a <> f AND NOT a IN current
  WITH a, point.distance(here, point({latitude: a.lat, longitude: a.lon})) / 1000.0 AS distanceKm
  ORDER BY distanceKm, a.id
  WITH a, distanceKm
  WHERE $drafts IS NULL OR coalesce(a.published, true) OR a.id IN $drafts
  ORDER BY distanceKm, a.id
  LIMIT $candidates
  RETURN collect({a: a, distanceKm: distanceKm, sameProduct: true}) AS same
}
CALL (f, p, here, current, same) {
  UNWIND CASE WHEN size(same) < $candidates THEN [p.category] ELSE [] END AS category
  MATCH (q:Product {category: category})<-[:OFFERS]-(a)
  WITH a, max(CASE WHEN q = p THEN 1 ELSE 0 END) AS offersProduct
  WHERE offersProduct = 0 AND a <> f AND NOT a IN current
  WITH a, point.distance(here, point({latitude: a.lat, longitude: a.lon})) / 1000.0 AS distanceKm
  ORDER BY distanceKm, a.id
  WITH a, distanceKm
  WHERE $drafts IS NULL OR coalesce(a.published, true) OR a.id IN $drafts
  ORDER BY distanceKm, a.id
  LIMIT $candidates
  RETURN collect({a: a, distanceKm: distanceKm, sameProduct: false}) AS substitutes
}
UNWIND same + substitutes[0..$candidates - size(same)] AS row
WITH f, row.a AS a, row
RETURN a.id AS id, row.sameProduct AS sameProduct, row.distanceKm AS distanceKm,
       coalesce(a.country <> f.country, false) AS crossBorder, a.size AS size,
       coalesce(a.certifications, []) AS certifications
