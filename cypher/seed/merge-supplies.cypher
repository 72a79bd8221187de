// Upserts one batch of supply links, one per supplier, customer and product.
// $rows [{from (supplier), to (customer), props {product, since}}]
// columns: count
UNWIND $rows AS row
MATCH (a:Firm {id: row.from})
MATCH (b:Firm {id: row.to})
MERGE (a)-[r:SUPPLIES {product: row.props.product}]->(b)
SET r += row.props
RETURN count(*) AS count
