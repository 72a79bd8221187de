// Every node with its labels and properties and every relationship with its ends, type and
// properties: what tests compare to see that a request changed nothing at all.
// columns: nodes [[labels, properties]], relationships [[from, type, to, properties]]
CALL () {
  MATCH (n)
  RETURN collect([labels(n), properties(n)]) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  RETURN collect([a.id, type(r), b.id, properties(r)]) AS relationships
}
RETURN nodes, relationships
