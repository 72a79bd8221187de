// The measures the library computed, one row an actor. $graph
// columns: id, pageRank, betweenness
CALL gds.graph.nodeProperty.stream($graph, 'pageRank')
YIELD nodeId, propertyValue
RETURN gds.util.asNode(nodeId).id AS id,
       propertyValue AS pageRank,
       gds.util.nodeProperty($graph, nodeId, 'betweenness') AS betweenness
