// Creates or updates products from import rows, with the import's provenance.
// $rows [{id, props}], $source {source, sourceRef, enteredBy, enteredAt}
// columns: count
UNWIND $rows AS row
MERGE (p:Entity {id: row.id})
ON CREATE SET p:Product, p.kind = 'product'
SET p += row.props, p.updatedAt = datetime(), p.source = $source.source, p.sourceRef = $source.sourceRef,
    p.enteredBy = $source.enteredBy, p.enteredAt = $source.enteredAt
RETURN count(*) AS count
