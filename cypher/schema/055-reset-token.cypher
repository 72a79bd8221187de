// Password reset links, found by the SHA-256 of their one-time token.
CREATE CONSTRAINT reset_token IF NOT EXISTS FOR (t:ResetToken) REQUIRE t.tokenHash IS UNIQUE
