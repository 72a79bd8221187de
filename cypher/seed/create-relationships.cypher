// Creates one batch of new relationships of one type between existing nodes: the fast path for bulk
// loads into an empty database, where no relationship can exist yet (merge-relationships checks).
// $type, $rows [{from, to, props}]
// columns: count
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
RETURN count(*) AS count
