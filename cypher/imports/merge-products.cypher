// Creates or updates products from import rows.
// $rows [{id, props}]
// columns: count
UNWIND $rows AS row
MERGE (p:Entity {id: row.id})
ON CREATE SET p:Product, p.kind = 'product'
SET p += row.props, p.updatedAt = datetime()
RETURN count(*) AS count
