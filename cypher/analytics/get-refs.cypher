// Names, place and size of nodes by id, for answers that list actors and products; an id without a
// node has no row (so this doubles as the existence check).
// $ids
// columns: id, kind, name, nameDe, nameCs, nameEn, country, district, town, size, category
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameDe AS nameDe, n.nameCs AS nameCs, n.nameEn AS nameEn,
       n.country AS country, COLLECT { MATCH (n)-[:LOCATED_IN]->(d:Region) RETURN d.id ORDER BY d.id }[0] AS district,
       n.town AS town, n.size AS size, n.category AS category
