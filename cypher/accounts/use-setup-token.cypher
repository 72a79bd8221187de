// Spends the first-admin link: it works once, within its hour, and only while no admin exists.
// $tokenHash, $now
// columns: valid
OPTIONAL MATCH (t:SetupToken {tokenHash: $tokenHash})
WITH t, t IS NOT NULL AND t.expiresAt > datetime($now) AND NOT EXISTS { (:User {role: 'admin'}) } AS valid
DELETE t
RETURN valid
