// Every product and how many firms offer it (from the degree store), for the stored area risk.
// columns: id, offeredBy
MATCH (p:Product)
RETURN p.id AS id, COUNT { (p)<-[:OFFERS]-() } AS offeredBy
