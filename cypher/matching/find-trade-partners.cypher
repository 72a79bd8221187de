// Offers meeting needs across the border, both ways: firms in the other country that offer what
// this firm needs ('buy') and that need what it offers ('sell'), leaving out supply links of that
// product that exist already. Nearest first, $limit per direction. The existing links of each
// product are read once from the firm's side, not looked for between the firm and every candidate
// (a supplier with thousands of customers made that thousands of walks; 200k firms: 2.5x fewer db hits).
// The firm's position and each product's id are read once, not once per match, and OFFERS and
// NEEDS only ever leave a firm (the relationship rules), so a match needs no label check.
// Drafts the asker may not see are left out ($drafts); with $confirmedOnly only confirmed supply
// links count as existing.
// $firm, $limit, $drafts, $confirmedOnly
// columns: direction, total, matches [{partner, product, distanceKm}]
MATCH (f:Firm {id: $firm})
WITH f, f.country AS country, point({latitude: f.lat, longitude: f.lon}) AS here
CALL (f, country) {
  MATCH (f)-[:NEEDS]->(p:Product)
  WITH p, p.id AS product, COLLECT { MATCH (s)-[r:SUPPLIES {product: p.id}]->(f) WHERE (NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']) RETURN s } AS suppliers
  MATCH (p)<-[:OFFERS]-(o)
  WHERE o.country <> country AND NOT o IN suppliers AND ($drafts IS NULL OR coalesce(o.published, true) OR o.id IN $drafts)
  RETURN 'buy' AS direction, o, product
  UNION
  MATCH (f)-[:OFFERS]->(p:Product)
  WITH p, p.id AS product, COLLECT { MATCH (f)-[r:SUPPLIES {product: p.id}]->(c) WHERE (NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']) RETURN c } AS customers
  MATCH (p)<-[:NEEDS]-(o)
  WHERE o.country <> country AND NOT o IN customers AND ($drafts IS NULL OR coalesce(o.published, true) OR o.id IN $drafts)
  RETURN 'sell' AS direction, o, product
}
WITH direction, o, product, point.distance(here, point({latitude: o.lat, longitude: o.lon})) / 1000.0 AS km
ORDER BY km, o.id, product
WITH direction, collect({partner: o.id, product: product, distanceKm: km}) AS matches
RETURN direction, size(matches) AS total, matches[0..$limit] AS matches
