// Frees the projection $graph (no error when it is already gone).
// columns: graphName
CALL gds.graph.drop($graph, false)
YIELD graphName
RETURN graphName
