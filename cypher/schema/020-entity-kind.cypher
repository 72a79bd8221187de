// Lists of one kind (all firms, all events) start from this index.
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)
