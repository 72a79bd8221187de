// Import rows without an id find their firm by name (and town) through this index.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)
