// PageRank of every actor in the projected network, kept in the projection as `pageRank`; scaled to sum
// to 1, as graphology-metrics gives it; 30 iterations at most (within 1 % of graphology's in the tests).
// $graph
// columns: nodePropertiesWritten
CALL gds.pageRank.mutate($graph, {mutateProperty: 'pageRank', relationshipWeightProperty: 'weight', maxIterations: 30, scaler: 'L1Norm'})
YIELD nodePropertiesWritten
RETURN nodePropertiesWritten
