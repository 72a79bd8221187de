// Indexes and their state, for the schema test and diagnostics.
// columns: name, type, state
SHOW INDEXES YIELD name, type, state
RETURN name, type, state
ORDER BY name
