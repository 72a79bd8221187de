// Every typed cooperation request of a registration has a unique id.
CREATE CONSTRAINT cooperation_request_id IF NOT EXISTS FOR (n:CooperationRequest) REQUIRE n.id IS UNIQUE
