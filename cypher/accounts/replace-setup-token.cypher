// The one first-admin link in force: any earlier one stops working.
// $tokenHash, $expiresAt
// columns: expiresAt
OPTIONAL MATCH (old:SetupToken)
DELETE old
WITH count(*) AS removed
CREATE (t:SetupToken {tokenHash: $tokenHash, expiresAt: datetime($expiresAt)})
RETURN t.expiresAt AS expiresAt
