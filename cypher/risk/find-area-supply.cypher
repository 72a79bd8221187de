// What an area's firms need and where it comes from: per product, how many of the firms need it,
// every supply link of it into them (supplier, country, district), and how many firms offer it.
// $firms (ids)
// columns: product, buyers, links [{supplier, country, district}], offeredBy
UNWIND $firms AS id
MATCH (a:Firm {id: id})-[:NEEDS]->(p:Product)
WITH p, collect(a) AS buyers
RETURN p.id AS product, size(buyers) AS buyers,
       COLLECT {
         UNWIND buyers AS a
         MATCH (s:Firm)-[:SUPPLIES {product: p.id}]->(a)
         RETURN {supplier: s.id, country: s.country,
                 district: COLLECT { MATCH (s)-[:LOCATED_IN]->(d:Region) RETURN d.id ORDER BY d.id }[0]}
       } AS links,
       COUNT { (p)<-[:OFFERS]-(:Firm) } AS offeredBy
