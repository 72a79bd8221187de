// For each product a firm needs: who supplies it to the firm today (with country and district), and
// how many other firms offer it at all.
// $firm
// columns: product, suppliers [{id, country, district}], offeredBy
MATCH (f:Firm {id: $firm})-[:NEEDS]->(p:Product)
RETURN p.id AS product,
       COLLECT {
         MATCH (s:Firm)-[:SUPPLIES {product: p.id}]->(f)
         WITH DISTINCT s
         ORDER BY s.id
         RETURN {id: s.id, country: s.country, district: COLLECT { MATCH (s)-[:LOCATED_IN]->(d:Region) RETURN d.id ORDER BY d.id }[0]}
       } AS suppliers,
       COUNT { (p)<-[:OFFERS]-(o:Firm) WHERE o <> f } AS offeredBy
ORDER BY product
