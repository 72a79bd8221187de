// A supply link of a product says the supplier offers it and the customer needs it: the missing
// OFFERS and NEEDS are added with the link, in its transaction, with its provenance, and reported.
// $from (supplier), $to (customer), $product, $props
// columns: offers, needs (the added link's properties, null where it existed)
MATCH (a:Firm {id: $from})
MATCH (b:Firm {id: $to})
MATCH (p:Product {id: $product})
CALL (a, p) {
  OPTIONAL MATCH (a)-[o:OFFERS]->(p)
  WITH a, p, o WHERE o IS NULL
  CREATE (a)-[r:OFFERS]->(p)
  SET r += $props
  RETURN collect(properties(r))[0] AS offers
}
CALL (b, p) {
  OPTIONAL MATCH (b)-[n:NEEDS]->(p)
  WITH b, p, n WHERE n IS NULL
  CREATE (b)-[r:NEEDS]->(p)
  SET r += $props
  RETURN collect(properties(r))[0] AS needs
}
RETURN offers, needs
