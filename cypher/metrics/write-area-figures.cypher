// The area risk of every district as the whole-region job worked it out (metrics/area-figures.ts):
// one node per district holding the answer's figures as JSON text, replaced whole with each run.
// $areas [{region, figures (JSON text)}], $computedAt (ISO date-time text)
// columns: none
OPTIONAL MATCH (old:AreaFigures)
DETACH DELETE old
WITH count(*) AS removed
UNWIND $areas AS area
CREATE (:AreaFigures {region: area.region, figures: area.figures, computedAt: $computedAt})
