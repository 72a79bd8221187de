// What still uses a node that is about to be deleted: every relationship into it, the products a
// product goes into or is made from, events an organisation organises, and supply links that
// name a product. At most $limit of them, with their total.
// $id, $limit
// columns: total, uses [{type, id, kind}]
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)<-[r]-(other:Entity)
  RETURN type(r) AS type, other
  UNION ALL
  MATCH (n)-[r:INPUT_TO|ORGANISES]->(other:Entity)
  RETURN type(r) AS type, other
  UNION ALL
  MATCH (other:Firm)-[:SUPPLIES {product: n.id}]->(:Firm)
  WHERE n:Product
  RETURN 'SUPPLIES' AS type, other
}
WITH type, other
ORDER BY type, other.id
WITH collect({type: type, id: other.id, kind: other.kind}) AS uses
RETURN size(uses) AS total, uses[0..$limit] AS uses
