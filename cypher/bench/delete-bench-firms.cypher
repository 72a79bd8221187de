// Removes the firms the benchmark's import created (ids F-BENCH-…), so the bench graph stays the
// same from run to run.
// columns: none
MATCH (n:Firm) WHERE n.id STARTS WITH 'F-BENCH-'
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
