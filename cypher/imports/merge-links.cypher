// Creates or updates links from import rows with the import's provenance (SUPPLIES keyed by its
// product): source 'import', the file, who imported it and when, and the row's standing. A supply
// link also says that the supplier offers the product and the customer needs it: those links are
// added where missing, with the same provenance, and reported.
// $rows [{key, type, from, to, product, since, standing}], $source {source, sourceRef, enteredBy, enteredAt}
// columns: key, offersAdded, needsAdded
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CALL (a, b, row) {
  WITH a, b, row WHERE row.type = 'SUPPLIES'
  MERGE (a)-[r:SUPPLIES {product: row.product}]->(b)
  RETURN r
  UNION
  WITH a, b, row WHERE row.type <> 'SUPPLIES'
  MERGE (a)-[r:$(row.type)]->(b)
  RETURN r
}
SET r += $source, r.since = coalesce(row.since, r.since), r.standing = row.standing
WITH a, b, row
CALL (a, b, row) {
  WITH a, b, row WHERE row.type = 'SUPPLIES'
  MATCH (p:Product {id: row.product})
  OPTIONAL MATCH (a)-[o:OFFERS]->(p)
  OPTIONAL MATCH (b)-[n:NEEDS]->(p)
  CALL (a, p, o, row) {
    WITH a, p, o WHERE o IS NULL
    CREATE (a)-[r:OFFERS]->(p)
    SET r += $source, r.standing = row.standing
  }
  CALL (b, p, n, row) {
    WITH b, p, n WHERE n IS NULL
    CREATE (b)-[r:NEEDS]->(p)
    SET r += $source, r.standing = row.standing
  }
  RETURN o IS NULL AS offersAdded, n IS NULL AS needsAdded
  UNION
  WITH row WHERE row.type <> 'SUPPLIES'
  RETURN false AS offersAdded, false AS needsAdded
}
RETURN row.key AS key, offersAdded, needsAdded
