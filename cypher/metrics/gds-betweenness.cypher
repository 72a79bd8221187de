// Betweenness of every actor from $samples seeded source actors (hops, unweighted), kept in the
// projection as `betweenness`; raw scores, which gds.ts scales as the built-in engine does.
// $graph, $samples, $seed
// columns: nodePropertiesWritten
CALL gds.betweenness.mutate($graph, {mutateProperty: 'betweenness', samplingSize: $samples, samplingSeed: $seed})
YIELD nodePropertiesWritten
RETURN nodePropertiesWritten
