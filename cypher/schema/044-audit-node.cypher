// Audit entries are read per node (and per link end) and per user, newest first.
CREATE INDEX audit_node IF NOT EXISTS FOR (e:AuditEntry) ON (e.nodeId)
