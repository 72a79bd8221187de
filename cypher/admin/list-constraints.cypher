// The uniqueness constraints in force, for the schema test and diagnostics.
// columns: label, property
SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type
WHERE type = 'UNIQUENESS'
RETURN labelsOrTypes[0] AS label, properties[0] AS property
ORDER BY label
