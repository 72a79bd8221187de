// The last whole-region metrics run, if any.
// columns: run {computedAt, durationMs, nodes, links, communities, modularity, betweennessSamples, maxTier, algorithm, heapMiB} or null
OPTIONAL MATCH (m:MetricsRun {id: 'region'})
RETURN CASE WHEN m IS NULL THEN null ELSE m {.computedAt, .durationMs, .nodes, .links, .communities, .modularity,
       .betweennessSamples, .maxTier, .algorithm, .heapMiB} END AS run
