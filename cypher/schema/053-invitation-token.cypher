// Invitations of new firm members, found by the SHA-256 of their one-time token.
CREATE CONSTRAINT invitation_token IF NOT EXISTS FOR (i:Invitation) REQUIRE i.tokenHash IS UNIQUE
