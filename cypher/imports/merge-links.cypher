// Creates or updates links from import rows with the import's provenance (SUPPLIES keyed by its
// product): source 'import', the file, who imported it and when, and the row's standing.
// $rows [{type, from, to, product, since, standing}], $source {sourceRef, enteredBy}
// columns: count
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
SET r.since = coalesce(row.since, r.since), r.standing = row.standing,
    r.source = 'import', r.sourceRef = $source.sourceRef, r.enteredBy = $source.enteredBy, r.enteredAt = datetime()
RETURN count(*) AS count
