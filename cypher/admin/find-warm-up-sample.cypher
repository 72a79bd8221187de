// What the questions asked right after a start are about (server/src/warm-up.ts): a firm with a
// need, the region it lies in, and one other firm.
// columns: firm, product, region, other
MATCH (f:Firm)-[:NEEDS]->(p:Product)
MATCH (f)-[:LOCATED_IN]->(r:Region)
WITH f, p, r LIMIT 1
MATCH (g:Firm) WHERE g <> f
WITH f, p, r, g LIMIT 1
RETURN f.id AS firm, p.id AS product, r.id AS region, g.id AS other
