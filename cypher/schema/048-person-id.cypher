// Contact persons live outside the public graph (no Entity label); each has a unique id.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE
