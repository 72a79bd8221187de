// One node with its relationships (at most $relationLimit), for profile pages. A draft the asker
// may not see ($drafts) has no row, and is no other end of a relationship.
// $id, $kind, $relationLimit, $drafts
// columns: entity (all properties), relations [{type, direction, other, properties}]
MATCH (n:Entity {id: $id})
WHERE n.kind = $kind AND ($drafts IS NULL OR coalesce(n.published, true) OR n.id IN $drafts)
CALL (n) {
  MATCH (n)-[r]-(other:Entity)
  WHERE ($drafts IS NULL OR coalesce(other.published, true) OR other.id IN $drafts)
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
