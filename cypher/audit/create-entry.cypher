// One audit entry: who did what to which node, each property before and after and each link added
// or removed (as JSON text: property values of any type, kept as they were). Outside the public graph.
// $id, $at, $actorId, $action, $nodeId, $nodeKind, $nodeName, $otherId, $changes, $links, $source, $sourceRef, $undoes
// columns: id
CREATE (e:AuditEntry {id: $id, at: datetime($at), actorId: $actorId, action: $action, nodeId: $nodeId,
                      nodeKind: $nodeKind, nodeName: $nodeName, otherId: $otherId, changes: $changes,
                      links: $links, source: $source, sourceRef: $sourceRef, undoes: $undoes})
WITH e
CALL (e) {
  MATCH (undone:AuditEntry {id: $undoes})
  SET undone.undoneBy = e.id
}
RETURN e.id AS id
