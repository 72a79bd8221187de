// Erasure: the audit keeps that something happened, not who the person was. Entries about the
// person lose every value; entries of the firm that name the person's link keep only its ids.
// $id
// columns: erased
MATCH (e:AuditEntry)
WHERE e.nodeId = $id OR e.otherId = $id
SET e.nodeName = CASE WHEN e.nodeId = $id THEN null ELSE e.nodeName END,
    e.changes = CASE WHEN e.nodeId = $id THEN '[]' ELSE e.changes END,
    e.erased = true
RETURN count(e) AS erased
