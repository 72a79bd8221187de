// Projects the actor network into the Graph Data Science library's memory under $graph, as the built-in
// engine sees it (network-arrays.ts): every firm, institute and organisation; each pair of actors joined
// by links of any type once, undirected, weighted by how many links join it. A native projection: GDS
// reads the store directly, in parallel, instead of taking one Cypher row per actor. The relationship
// types between actors are SUPPLIES, COOPERATES_WITH and MEMBER_OF only (the relationship rules), so
// every type is taken, and relationships to other nodes (sectors, regions, products, events) fall away
// with their far end. The rules allow no link from an actor to itself.
// $graph
// columns: nodes, pairs
CALL gds.graph.project($graph, ['Firm', 'Institute', 'Organisation'], {
  LINK: {type: '*', orientation: 'UNDIRECTED', aggregation: 'SINGLE', properties: {weight: {property: '*', aggregation: 'COUNT'}}}
})
YIELD nodeCount, relationshipCount
RETURN nodeCount AS nodes, relationshipCount / 2 AS pairs
