// Every meeting request at an event has a unique id, also the index behind lookups.
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE
