// Every Product has a unique, stable id (also the index behind lookups by id).
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE
