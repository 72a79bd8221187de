// Institutes to contact: they research one of the products, a product of the same category, or
// the firm's sector or a broader one below section level. Product matches first, then category,
// then sector; nearer first. Whether the firm cooperates with them already comes along.
// Drafts the asker may not see are left out ($drafts); with $confirmedOnly only a confirmed
// cooperation counts.
// $firm, $products (null = every product the firm offers or needs), $limit, $drafts, $confirmedOnly
// columns: id, reasons [{reason ('product'|'category'|'sector'), id}], distanceKm, cooperating
MATCH (f:Firm {id: $firm})
WITH f, coalesce($products, COLLECT { MATCH (f)-[:OFFERS|NEEDS]->(q:Product) RETURN DISTINCT q.id }) AS products
CALL (f, products) {
  UNWIND products AS pid
  MATCH (:Product {id: pid})<-[:RESEARCHES]-(i:Institute)
  RETURN i, {reason: 'product', id: pid} AS reason
  UNION
  UNWIND products AS pid
  MATCH (p:Product {id: pid})
  MATCH (q:Product {category: p.category})<-[:RESEARCHES]-(i:Institute)
  WHERE NOT q.id IN products
  RETURN i, {reason: 'category', id: q.id} AS reason
  UNION
  MATCH (f)-[:IN_SECTOR]->(:Sector)-[:PART_OF]->{0,3}(s:Sector)<-[:RESEARCHES]-(i:Institute)
  WHERE s.level <> 'section'
  RETURN i, {reason: 'sector', id: s.id} AS reason
}
WITH f, i, reason
WHERE $drafts IS NULL OR coalesce(i.published, true) OR i.id IN $drafts
WITH f, i, reason ORDER BY reason.reason, reason.id
WITH f, i, collect(reason) AS reasons
WITH f, i, reasons,
     CASE WHEN any(r IN reasons WHERE r.reason = 'product') THEN 0
          WHEN any(r IN reasons WHERE r.reason = 'category') THEN 1
          ELSE 2 END AS strength,
     point.distance(point({latitude: f.lat, longitude: f.lon}), point({latitude: i.lat, longitude: i.lon})) / 1000.0 AS distanceKm
ORDER BY strength, distanceKm, i.id
LIMIT $limit
RETURN i.id AS id, reasons, distanceKm, EXISTS { (f)-[r:COOPERATES_WITH]-(i) WHERE NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified'] } AS cooperating
