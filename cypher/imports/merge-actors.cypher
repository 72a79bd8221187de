// Creates or updates firms, institutes and organisations from import rows: their properties and the
// import's provenance (and their coordinates as a point, `position`), their district (and country
// from it) and sector, the located-in and in-sector links replaced and carrying the import's
// provenance.
// $rows [{id, label, kind, props, district, sector}], $source {source, sourceRef, enteredBy, enteredAt, standing}
// columns: count
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.kind = row.kind
WITH n, row
CALL (n, row) { WITH n, row WHERE row.label = 'Firm' SET n:Firm }
CALL (n, row) { WITH n, row WHERE row.label = 'Institute' SET n:Institute }
CALL (n, row) { WITH n, row WHERE row.label = 'Organisation' SET n:Organisation }
SET n += row.props, n.updatedAt = datetime(), n.source = $source.source, n.sourceRef = $source.sourceRef,
    n.enteredBy = $source.enteredBy, n.enteredAt = $source.enteredAt
SET n.position = CASE WHEN n.lat IS NULL OR n.lon IS NULL THEN null ELSE point({latitude: n.lat, longitude: n.lon}) END
WITH n, row
CALL (n, row) {
  OPTIONAL MATCH (n)-[old:LOCATED_IN]->(r:Region)
  WHERE r.id <> coalesce(row.district, '')
  DELETE old
}
CALL (n, row) {
  WITH n, row WHERE row.district IS NOT NULL
  MATCH (d:Region {id: row.district})
  MERGE (n)-[r:LOCATED_IN]->(d)
  ON CREATE SET r += $source
  SET n.country = d.country
}
CALL (n, row) {
  WITH n, row WHERE row.sector IS NOT NULL
  OPTIONAL MATCH (n)-[old:IN_SECTOR]->(s:Sector)
  WHERE s.id <> row.sector
  DELETE old
}
CALL (n, row) {
  WITH n, row WHERE row.sector IS NOT NULL
  MATCH (s:Sector {id: row.sector})
  MERGE (n)-[r:IN_SECTOR]->(s)
  ON CREATE SET r += $source
}
RETURN count(*) AS count
