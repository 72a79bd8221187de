// The other end of a link an audit entry records, so a node's history includes links made from elsewhere.
CREATE INDEX audit_other IF NOT EXISTS FOR (e:AuditEntry) ON (e.otherId)
