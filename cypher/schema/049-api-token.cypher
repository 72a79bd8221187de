// API tokens are found by the SHA-256 of the token; the token itself is shown once and never stored.
CREATE CONSTRAINT api_token IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.tokenHash IS UNIQUE
