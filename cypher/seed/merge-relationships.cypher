// Upserts one batch of relationships of one type between existing nodes (not SUPPLIES, which
// has its own file because it is keyed by product).
// $type, $rows [{from, to, props}]
// columns: count
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$($type)]->(b)
SET r += row.props
RETURN count(*) AS count
