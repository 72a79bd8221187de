// Stores the whole-region measures of a batch of actors on the actors themselves, so network and
// risk queries read them with the node. Parallel lists (item i of each belongs to actor $ids[i],
// $dependants holds $tiers items per actor) instead of a map per actor: packing and unpacking
// 200,000 small maps was most of the write's time.
// $ids, $degree, $weightedDegree, $pageRank, $community, $betweenness, $dependants, $tiers
// columns: none
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Entity {id: $ids[i]})
SET n.metricDegree = $degree[i],
    n.metricWeightedDegree = $weightedDegree[i],
    n.metricPageRank = $pageRank[i],
    n.metricCommunity = $community[i],
    n.metricBetweenness = $betweenness[i],
    n.metricDependants = $dependants[i * $tiers .. (i + 1) * $tiers]
