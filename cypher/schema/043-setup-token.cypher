// The one-time link that creates the first admin, found by the SHA-256 of its token.
CREATE CONSTRAINT setup_token IF NOT EXISTS FOR (t:SetupToken) REQUIRE t.tokenHash IS UNIQUE
