// When and how the stored whole-region measures were computed (one node for the region).
// $run {computedAt (ISO date-time text), durationMs, nodes, links, communities, modularity,
//       betweennessSamples, maxTier, algorithm, heapMiB}
// columns: none
MERGE (m:MetricsRun {id: 'region'})
SET m += $run
