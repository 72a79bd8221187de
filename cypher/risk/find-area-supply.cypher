// What an area's firms need and where it comes from: per product, how many of the firms need it,
// its suppliers into them (country, district, and how many supply links each has into the area),
// and how many firms offer it.
// Each firm's incoming supply links are read once and matched to its needs (not once per need),
// each supplier's district is looked up once (not once per link), and the offers are counted from
// the degree store. NEEDS, SUPPLIES and OFFERS only ever join the kinds the relationship rules name
// (firm to product, firm to firm), so their far ends need no label check. At 200k firms this reads
// a district's supply in about a third of the db hits of reading every link once per need.
// With $confirmedOnly only confirmed supply links count. Suppliers are counted, never named here.
// $firms (ids), $confirmedOnly
// columns: product, buyers, links [{supplier, country, district, links}], offeredBy
UNWIND $firms AS id
MATCH (a:Firm {id: id})
WITH a, COLLECT { MATCH (a)-[:NEEDS]->(p) RETURN p.id } AS needs
CALL (a, needs) {
  // One row per need (a buyer, no supplier) and one per supply link of a needed product.
  UNWIND needs AS product
  RETURN product, null AS supplier
  UNION ALL
  MATCH (a)<-[r:SUPPLIES]-(s)
  WHERE r.product IN needs AND (NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified'])
  RETURN r.product AS product, s AS supplier
}
WITH product, supplier, count(*) AS n
WITH supplier, collect({product: product, n: n}) AS uses
WITH supplier, uses, supplier.country AS country,
     COLLECT { MATCH (supplier)-[:LOCATED_IN]->(d:Region) RETURN d.id ORDER BY d.id }[0] AS district
UNWIND uses AS use
WITH use.product AS product, supplier, use.n AS n, country, district
WITH product,
     sum(CASE WHEN supplier IS NULL THEN n ELSE 0 END) AS buyers,
     collect(CASE WHEN supplier IS NOT NULL THEN {supplier: supplier.id, country: country, district: district, links: n} END) AS links
MATCH (p:Product {id: product})
RETURN product, buyers, links, COUNT { (p)<-[:OFFERS]-() } AS offeredBy
