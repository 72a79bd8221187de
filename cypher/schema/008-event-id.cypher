// Every Event has a unique, stable id (also the index behind lookups by id).
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE
