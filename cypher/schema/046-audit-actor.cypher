// What one user did, for staff.
CREATE INDEX audit_actor IF NOT EXISTS FOR (e:AuditEntry) ON (e.actorId)
