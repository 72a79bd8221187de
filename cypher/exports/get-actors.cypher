// The actors of a scope as the actors table has them, ordered by id. Drafts only where $drafts
// lets the asker see them. The sector is the class-level one where an actor has several; the district the first.
// $ids, $drafts
// columns: id, kind, type, name, nameDe, nameCs, nameEn, country, district, town, sector, size,
//          employees, founded, website, certifications, lat, lon, published
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE (n:Firm OR n:Institute OR n:Organisation) AND ($drafts IS NULL OR coalesce(n.published, true) OR n.id IN $drafts)
OPTIONAL CALL (n) {
  MATCH (n)-[:IN_SECTOR]->(s:Sector)
  RETURN s.id AS sector ORDER BY CASE s.level WHEN 'class' THEN 0 ELSE 1 END, s.id LIMIT 1
}
OPTIONAL CALL (n) {
  MATCH (n)-[:LOCATED_IN]->(r:Region)
  RETURN r.id AS district ORDER BY r.id LIMIT 1
}
RETURN n.id AS id, n.kind AS kind, n.type AS type, n.name AS name, n.nameDe AS nameDe, n.nameCs AS nameCs,
       n.nameEn AS nameEn, n.country AS country, district, n.town AS town, sector, n.size AS size,
       n.employees AS employees, n.founded AS founded, n.website AS website, n.certifications AS certifications,
       n.lat AS lat, n.lon AS lon, coalesce(n.published, true) AS published
ORDER BY id
