// Each audit entry has a unique id (undo names it).
CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE
