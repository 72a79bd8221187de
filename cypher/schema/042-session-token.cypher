// Sessions are found by the SHA-256 of their cookie token; the token itself is never stored.
CREATE CONSTRAINT session_token IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE
