// Every Entity has a unique, stable id (also the index behind lookups by id).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
