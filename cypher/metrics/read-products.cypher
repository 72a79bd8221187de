// Every product, its node id (how read-actors names what firms need) and how many firms offer it
// (from the degree store), for the stored area risk.
// columns: node, id, offeredBy
MATCH (p:Product)
RETURN id(p) AS node, p.id AS id, COUNT { (p)<-[:OFFERS]-() } AS offeredBy
