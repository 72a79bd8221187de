// Every Organisation has a unique, stable id (also the index behind lookups by id).
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE
