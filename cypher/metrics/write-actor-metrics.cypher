// Stores the whole-region measures of a batch of actors on the actors themselves, so network and
// risk queries read them with the node.
// $rows [{id, degree, weightedDegree, pageRank, community, betweenness, dependants}]
// columns: none
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.metricDegree = row.degree,
    n.metricWeightedDegree = row.weightedDegree,
    n.metricPageRank = row.pageRank,
    n.metricCommunity = row.community,
    n.metricBetweenness = row.betweenness,
    n.metricDependants = row.dependants
