// An invitation by its token's hash, with its firms' names; `expired` once past its time.
// $tokenHash, $now
// columns: invitation {id, email, name, language, firmIds, expiresAt}, firms [{id, name}], expired
MATCH (i:Invitation {tokenHash: $tokenHash})
RETURN i {.id, .email, .name, .language, .firmIds, expiresAt: toString(i.expiresAt)} AS invitation,
       COLLECT { UNWIND i.firmIds AS id MATCH (f:Entity {id: id}) RETURN f {.id, .name} } AS firms,
       i.expiresAt <= datetime($now) AS expired
