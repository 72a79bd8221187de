// Drops one index by name (bulk loads only; cypher/schema/ creates it again).
// $name
DROP INDEX $name IF EXISTS
