// Offers meeting needs across the border, both ways: firms in the other country that offer what
// this firm needs ('buy') and that need what it offers ('sell'), leaving out supply links of that
// product that exist already. Nearest first, $limit per direction. The existing links of each
// product are read once from the firm's side, not looked for between the firm and every candidate
// (a supplier with thousands of customers made that thousands of walks; 200k firms: 2.5x fewer db hits).
// Drafts the asker may not see are left out ($drafts); with $confirmedOnly only confirmed supply
// links count as existing.
// $firm, $limit, $drafts, $confirmedOnly
// columns: direction, total, matches [{partner, product, distanceKm}]
MATCH (f:Firm {id: $firm})
CALL (f) {
  MATCH (f)-[:NEEDS]->(p:Product)
  WITH p, COLLECT { MATCH (s)-[r:SUPPLIES {product: p.id}]->(f) WHERE (NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']) RETURN s } AS suppliers
  MATCH (p)<-[:OFFERS]-(o:Firm)
  WHERE o.country <> f.country AND NOT o IN suppliers AND ($drafts IS NULL OR coalesce(o.published, true) OR o.id IN $drafts)
  RETURN 'buy' AS direction, o, p
  UNION
  MATCH (f)-[:OFFERS]->(p:Product)
  WITH p, COLLECT { MATCH (f)-[r:SUPPLIES {product: p.id}]->(c) WHERE (NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']) RETURN c } AS customers
  MATCH (p)<-[:NEEDS]-(o:Firm)
  WHERE o.country <> f.country AND NOT o IN customers AND ($drafts IS NULL OR coalesce(o.published, true) OR o.id IN $drafts)
  RETURN 'sell' AS direction, o, p
}
WITH direction, o, p,
     point.distance(point({latitude: f.lat, longitude: f.lon}), point({latitude: o.lat, longitude: o.lon})) / 1000.0 AS km
ORDER BY km, o.id, p.id
WITH direction, collect({partner: o.id, product: p.id, distanceKm: km}) AS matches
RETURN direction, size(matches) AS total, matches[0..$limit] AS matches
