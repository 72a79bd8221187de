// Every actor of the network (firms, drafts included, institutes, organisations), for the
// whole-region metrics, the overview and the stored area risk: its kind, country, district, the
// NACE division of its sector (a class-level sector preferred, as the network views show it) and
// whether it is published.
// columns: id, kind, country, district, division, published
MATCH (n:Entity)
WHERE n:Firm OR n:Institute OR n:Organisation
OPTIONAL CALL (n) {
  MATCH (n)-[:LOCATED_IN]->(r:Region {level: 'district'})
  RETURN r.id AS district ORDER BY r.id LIMIT 1
}
OPTIONAL CALL (n) {
  MATCH (n)-[:IN_SECTOR]->(s:Sector)
  WITH s ORDER BY CASE s.level WHEN 'class' THEN 0 ELSE 1 END, s.id LIMIT 1
  MATCH (s)-[:PART_OF]->{0,3}(d:Sector {level: 'division'})
  RETURN d.id AS division LIMIT 1
}
RETURN n.id AS id, n.kind AS kind, n.country AS country, district, division, coalesce(n.published, true) AS published
