// Removes the firms the benchmark's import created (ids F-BENCH-…) and their audit entries, so the
// bench graph stays the same from run to run.
// columns: none
MATCH (n)
WHERE (n:Firm AND n.id STARTS WITH 'F-BENCH-') OR (n:AuditEntry AND n.nodeId STARTS WITH 'F-BENCH-')
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
