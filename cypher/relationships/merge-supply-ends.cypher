// A supply link of a product says the supplier offers it and the customer needs it: the missing
// OFFERS and NEEDS are added with the link, in its transaction, and reported.
// $from (supplier), $to (customer), $product
// columns: offersAdded, needsAdded
MATCH (a:Firm {id: $from})
MATCH (b:Firm {id: $to})
MATCH (p:Product {id: $product})
CALL (a, p) {
  OPTIONAL MATCH (a)-[o:OFFERS]->(p)
  WITH a, p, o WHERE o IS NULL
  CREATE (a)-[:OFFERS]->(p)
  RETURN count(*) AS offersAdded
}
CALL (b, p) {
  OPTIONAL MATCH (b)-[n:NEEDS]->(p)
  WITH b, p, n WHERE n IS NULL
  CREATE (b)-[:NEEDS]->(p)
  RETURN count(*) AS needsAdded
}
RETURN offersAdded > 0 AS offersAdded, needsAdded > 0 AS needsAdded
