// The invitations not yet accepted and not expired, newest first, with their firms' names.
// $now
// columns: invitation {id, email, name, language, firmIds, expiresAt, createdAt}, firms [{id, name}]
MATCH (i:Invitation)
WHERE i.expiresAt > datetime($now)
RETURN i {.id, .email, .name, .language, .firmIds, expiresAt: toString(i.expiresAt), createdAt: toString(i.createdAt)} AS invitation,
       COLLECT { UNWIND i.firmIds AS id MATCH (f:Entity {id: id}) RETURN f {.id, .name} } AS firms
ORDER BY i.createdAt DESC
