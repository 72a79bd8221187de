// The stored area risk of a district (written by the whole-region metrics job), if there is one.
// $region
// columns: figures (JSON text), computedAt
MATCH (f:AreaFigures {region: $region})
RETURN f.figures AS figures, f.computedAt AS computedAt
