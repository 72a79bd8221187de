// Spends an invitation (it works once, before it expires), in the transaction that makes the account.
// $tokenHash, $now
// columns: invitation {email, language, firmIds} (no row: unknown, used or expired)
MATCH (i:Invitation {tokenHash: $tokenHash})
WHERE i.expiresAt > datetime($now)
WITH i, i {.email, .language, .firmIds} AS invitation
DELETE i
RETURN invitation
