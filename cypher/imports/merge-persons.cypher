// Creates or updates contact persons from import rows: their properties and consent (dated and
// signed by the importer where it is new or changed) and the import's provenance; the contact-of
// link moved to the row's actor where it differs.
// $rows [{id, of, props, consentChanged}], $source {source, sourceRef, enteredBy, enteredAt, standing}
// columns: count
UNWIND $rows AS row
MATCH (n:Entity {id: row.of})
MERGE (p:Person {id: row.id})
SET p += row.props, p.source = $source.source, p.sourceRef = $source.sourceRef, p.enteredBy = $source.enteredBy,
    p.enteredAt = $source.enteredAt
WITH p, n, row
CALL (p, row) {
  WITH p, row WHERE row.consentChanged
  SET p.consentAt = $source.enteredAt, p.consentBy = $source.enteredBy
}
CALL (p, n) {
  OPTIONAL MATCH (p)-[old:CONTACT_OF]->(other:Entity)
  WHERE other <> n
  DELETE old
}
MERGE (p)-[r:CONTACT_OF]->(n)
ON CREATE SET r += $source
RETURN count(*) AS count
