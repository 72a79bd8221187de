// Every Firm has a unique, stable id (also the index behind lookups by id).
CREATE CONSTRAINT firm_id IF NOT EXISTS FOR (n:Firm) REQUIRE n.id IS UNIQUE
