// The kind of each id that exists (firm, institute, organisation, product, ...).
// $ids
// columns: id, kind
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind
