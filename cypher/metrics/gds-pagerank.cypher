// PageRank of every actor in the projected network, kept in the projection as `pageRank`; scaled to sum
// to 1, as graphology-metrics gives it. $graph
// columns: nodePropertiesWritten
CALL gds.pageRank.mutate($graph, {mutateProperty: 'pageRank', relationshipWeightProperty: 'weight', maxIterations: 100, tolerance: 1e-9, scaler: 'L1Norm'})
YIELD nodePropertiesWritten
RETURN nodePropertiesWritten
