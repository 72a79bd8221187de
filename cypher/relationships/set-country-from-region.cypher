// A node's country is its region's country; set whenever its location changes.
// $id
// columns: id
MATCH (n:Entity {id: $id})-[:LOCATED_IN]->(r:Region)
SET n.country = r.country
RETURN n.id AS id
