// Indexes that no constraint owns (full-text and property indexes): a bulk load drops them and
// builds them again afterwards in one pass, which is far cheaper than updating them row by row.
// columns: name
SHOW INDEXES YIELD name, type, owningConstraint
WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
RETURN name
ORDER BY name
