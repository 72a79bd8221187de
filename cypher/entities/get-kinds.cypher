// The kind of each id (null where no node has it): checks references before a write.
// $ids
// columns: id, kind
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n.kind AS kind
