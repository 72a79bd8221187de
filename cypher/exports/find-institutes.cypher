// Institutes to contact: published institutes that research the sectors of the scope's firms or
// the products they offer or need, by how many of the scope's firms they match.
// $ids, $limit
// columns: id, firms, topics (ids of the sectors and products matched)
UNWIND $ids AS id
MATCH (f:Firm {id: id})
CALL (f) {
  MATCH (f)-[:IN_SECTOR]->(t:Sector) RETURN t
  UNION
  MATCH (f)-[:OFFERS|NEEDS]->(t:Product) RETURN t
}
MATCH (i:Institute)-[:RESEARCHES]->(t)
WHERE coalesce(i.published, true)
WITH i, count(DISTINCT f) AS firms, collect(DISTINCT t.id) AS topics
RETURN i.id AS id, firms, topics
ORDER BY firms DESC, id
LIMIT $limit
