// Louvain communities of the projected network (weighted), kept in the projection as `community`.
// $graph
// columns: communities, modularity
CALL gds.louvain.mutate($graph, {mutateProperty: 'community', relationshipWeightProperty: 'weight'})
YIELD communityCount, modularity
RETURN communityCount AS communities, modularity
