// Every Region has a unique, stable id (also the index behind lookups by id).
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE
