// One audit entry by id, with the entries recorded after it about the same node or link ends
// (undo checks them for the same properties or link).
// $id
// columns: entry, newer
MATCH (e:AuditEntry {id: $id})
CALL (e) {
  OPTIONAL MATCH (n:AuditEntry)
  WHERE (n.nodeId IN [e.nodeId, e.otherId] OR n.otherId IN [e.nodeId, e.otherId])
    AND (n.at > e.at OR (n.at = e.at AND n.id > e.id))
  RETURN collect(n {.*}) AS newer
}
RETURN e {.*} AS entry, newer
