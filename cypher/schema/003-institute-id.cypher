// Every Institute has a unique, stable id (also the index behind lookups by id).
CREATE CONSTRAINT institute_id IF NOT EXISTS FOR (n:Institute) REQUIRE n.id IS UNIQUE
