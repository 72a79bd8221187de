// Every Sector has a unique, stable id (also the index behind lookups by id).
CREATE CONSTRAINT sector_id IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE
