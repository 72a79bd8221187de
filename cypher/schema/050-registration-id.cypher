// Every registration for an event has a unique id ("<event>/<firm>"), also the index behind lookups.
CREATE CONSTRAINT registration_id IF NOT EXISTS FOR (n:Registration) REQUIRE n.id IS UNIQUE
