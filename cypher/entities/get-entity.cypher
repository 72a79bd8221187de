// One node with its relationships (at most $relationLimit), for profile pages.
// $id, $kind, $relationLimit
// columns: entity (all properties), relations [{type, direction, other, properties}]
MATCH (n:Entity {id: $id})
WHERE n.kind = $kind
CALL (n) {
  MATCH (n)-[r]-(other:Entity)
  WITH r, other, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
  ORDER BY type(r), other.name
  LIMIT $relationLimit
  RETURN collect({
    type: type(r),
    direction: direction,
    other: other {.id, .kind, .name, .nameDe, .nameCs, .nameEn, .country},
    properties: properties(r)
  }) AS relations
}
RETURN n {.*} AS entity, relations
