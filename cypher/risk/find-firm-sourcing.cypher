// For each product a firm needs: who supplies it to the firm today (with country and district), and
// how many other firms offer it at all.
// Every supplier counts for the risk; `named` says whether the asker may see it ($drafts). With
// $confirmedOnly only confirmed supply links count.
// $firm, $drafts, $confirmedOnly
// columns: product, suppliers [{id, country, district, named}], offeredBy
MATCH (f:Firm {id: $firm})-[:NEEDS]->(p:Product)
RETURN p.id AS product,
       COLLECT {
         MATCH (s:Firm)-[r:SUPPLIES {product: p.id}]->(f)
         WHERE (NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified'])
         WITH DISTINCT s
         ORDER BY s.id
         RETURN {id: s.id, country: s.country, named: ($drafts IS NULL OR coalesce(s.published, true) OR s.id IN $drafts), district: COLLECT { MATCH (s)-[:LOCATED_IN]->(d:Region) RETURN d.id ORDER BY d.id }[0]}
       } AS suppliers,
       COUNT { (p)<-[:OFFERS]-(o:Firm) WHERE o <> f } AS offeredBy
ORDER BY product
