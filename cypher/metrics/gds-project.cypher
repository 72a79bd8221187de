// Projects the actor network into the Graph Data Science library's memory under $graph, as the built-in
// engine sees it (network-arrays.ts): every firm, institute and organisation; each pair of actors joined
// by links of any type once, undirected, weighted by how many links join it; no self-loops.
// $graph
// columns: nodes, pairs
MATCH (a:Entity)
WHERE a:Firm OR a:Institute OR a:Organisation
OPTIONAL CALL (a) {
  MATCH (a)-[r:SUPPLIES|COOPERATES_WITH|MEMBER_OF]-(b:Entity)
  WHERE (b:Firm OR b:Institute OR b:Organisation) AND a.id < b.id
  RETURN b, count(r) AS links
}
WITH gds.graph.project($graph, a, b, {relationshipProperties: {weight: toFloat(coalesce(links, 0))}}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount / 2 AS pairs
