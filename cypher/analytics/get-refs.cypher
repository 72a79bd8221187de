// Names, place and size of nodes by id, for answers that list actors and products; an id without a
// node has no row (so this doubles as the existence check), and neither has a draft the asker may
// not see ($drafts, server/src/auth/drafts.ts): answers leave out what has no row.
// $ids, $drafts
// columns: id, kind, name, nameDe, nameCs, nameEn, country, district, town, size, category
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE $drafts IS NULL OR coalesce(n.published, true) OR n.id IN $drafts
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameDe AS nameDe, n.nameCs AS nameCs, n.nameEn AS nameEn,
       n.country AS country, COLLECT { MATCH (n)-[:LOCATED_IN]->(d:Region) RETURN d.id ORDER BY d.id }[0] AS district,
       n.town AS town, n.size AS size, n.category AS category
