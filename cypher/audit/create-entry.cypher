// Audit entries: who did what to which node, each property before and after and each link added
// or removed (as JSON text: property values of any type, kept as they were). Outside the public
// graph. One entry for an edit; an import writes one per node it changed, a batch at a time.
// $entries [{id, at, actorId, action, nodeId, nodeKind, nodeName, otherId, changes, links, source, sourceRef, undoes}]
// columns: id
UNWIND $entries AS entry
CREATE (e:AuditEntry)
SET e = entry, e.at = datetime(entry.at)
WITH e
CALL (e) {
  MATCH (undone:AuditEntry {id: e.undoes})
  SET undone.undoneBy = e.id
}
RETURN e.id AS id
