// Firms that could supply a product to a firm and do not today: first those that offer the
// product, nearest first; then, while fewer than $candidates, those that offer only a product of
// the same category (which can replace it), nearest first. The substitutes are not read at all
// when the product's own offers fill the candidates (a common service at 200,000 firms has 10,000
// offers). The facts the score is built from come along: distance (km, from the point `position`
// that every write keeps beside the coordinates: one property read per offer, not two; firms without
// coordinates last), cross-border, size and certifications; the products each offers, its shared
// organisations and its introducers are read for fewer firms afterwards (find-offered,
// find-shared-organisations, find-introducers). OFFERS only ever leaves a firm (the relationship
// rules), so an offerer needs no label check. Drafts the asker may not see are no candidate
// ($drafts): checked in distance order, only until the candidates are found (the second ORDER BY
// keeps the order the first gave, and costs no sort).
// Equally far firms are taken in id order. The offers are sorted by distance alone, one more than
// needed: only where that one is as far as the last needed (two firms exactly as far away at the
// cut) are the firms at that distance read again and taken by id. Sorting all by distance and id
// read the id of every offerer (10,000 for a common product).
// $firm, $product, $candidates, $drafts
// columns: id, sameProduct, distanceKm, crossBorder, size, certifications
MATCH (f:Firm {id: $firm})
MATCH (p:Product {id: $product})
WITH f, p, f.position AS here,
     COLLECT { MATCH (s:Firm)-[:SUPPLIES {product: p.id}]->(f) RETURN s } AS current
CALL (f, p, here, current) {
  MATCH (p)<-[:OFFERS]-(a)
  WHERE a <> f AND NOT a IN current
  WITH a, point.distance(here, a.position) / 1000.0 AS distanceKm
  ORDER BY distanceKm
  WITH a, distanceKm
  WHERE $drafts IS NULL OR coalesce(a.published, true) OR a.id IN $drafts
  ORDER BY distanceKm
  LIMIT $candidates + 1
  RETURN collect({a: a, distanceKm: distanceKm, sameProduct: true}) AS nearest
}
WITH f, p, here, current, nearest, nearest[$candidates - 1].distanceKm AS cut
CALL (f, p, here, current, nearest, cut) {
  WITH cut WHERE size(nearest) > $candidates AND coalesce(NOT cut < nearest[$candidates].distanceKm, cut IS NULL AND nearest[$candidates].distanceKm IS NULL)
  MATCH (p)<-[:OFFERS]-(a)
  WHERE a <> f AND NOT a IN current
  WITH a, point.distance(here, a.position) / 1000.0 AS distanceKm
  WHERE coalesce(distanceKm = cut, distanceKm IS NULL AND cut IS NULL)
    AND ($drafts IS NULL OR coalesce(a.published, true) OR a.id IN $drafts)
  RETURN collect({a: a, distanceKm: distanceKm, sameProduct: true}) AS tied
}
WITH f, p, here, current, cut, CASE WHEN tied = [] THEN nearest[0..$candidates] ELSE COLLECT {
  UNWIND CASE WHEN tied = [] THEN [] ELSE [row IN nearest WHERE coalesce(row.distanceKm < cut, cut IS NULL AND row.distanceKm IS NOT NULL)] + tied END AS row
  RETURN row ORDER BY row.distanceKm, row.a.id LIMIT $candidates
} END AS same
WITH f, p, here, current, same, $candidates - size(same) AS room
CALL (f, p, here, current, room) {
  UNWIND CASE WHEN room > 0 THEN [p.category] ELSE [] END AS category
  MATCH (q:Product {category: category})<-[:OFFERS]-(a)
  WITH a, max(CASE WHEN q = p THEN 1 ELSE 0 END) AS offersProduct
  WHERE offersProduct = 0 AND a <> f AND NOT a IN current
  WITH a, point.distance(here, a.position) / 1000.0 AS distanceKm
  ORDER BY distanceKm
  WITH a, distanceKm
  WHERE $drafts IS NULL OR coalesce(a.published, true) OR a.id IN $drafts
  ORDER BY distanceKm
  LIMIT $candidates + 1
  RETURN collect({a: a, distanceKm: distanceKm, sameProduct: false}) AS nearest
}
WITH f, p, here, current, same, room, nearest, nearest[room - 1].distanceKm AS cut
CALL (f, p, here, current, room, nearest, cut) {
  WITH cut WHERE room > 0 AND size(nearest) > room AND coalesce(NOT cut < nearest[room].distanceKm, cut IS NULL AND nearest[room].distanceKm IS NULL)
  MATCH (q:Product {category: p.category})<-[:OFFERS]-(a)
  WITH a, max(CASE WHEN q = p THEN 1 ELSE 0 END) AS offersProduct
  WHERE offersProduct = 0 AND a <> f AND NOT a IN current
  WITH a, point.distance(here, a.position) / 1000.0 AS distanceKm
  WHERE coalesce(distanceKm = cut, distanceKm IS NULL AND cut IS NULL)
    AND ($drafts IS NULL OR coalesce(a.published, true) OR a.id IN $drafts)
  RETURN collect({a: a, distanceKm: distanceKm, sameProduct: false}) AS tied
}
WITH f, same, CASE WHEN tied = [] THEN nearest[0..room] ELSE COLLECT {
  UNWIND CASE WHEN tied = [] THEN [] ELSE [row IN nearest WHERE coalesce(row.distanceKm < cut, cut IS NULL AND row.distanceKm IS NOT NULL)] + tied END AS row
  RETURN row ORDER BY row.distanceKm, row.a.id
}[0..room] END AS substitutes
UNWIND same + substitutes AS row
WITH f, row.a AS a, row
RETURN a.id AS id, row.sameProduct AS sameProduct, row.distanceKm AS distanceKm,
       coalesce(a.country <> f.country, false) AS crossBorder, a.size AS size,
       coalesce(a.certifications, []) AS certifications
