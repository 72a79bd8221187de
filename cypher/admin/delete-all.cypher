// Empties the database in batches (tests and `npm run seed -- --reset`). Needs an auto-commit run.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
