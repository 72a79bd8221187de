// Accounts live apart from the public graph (no Entity label); each has a unique id.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE
