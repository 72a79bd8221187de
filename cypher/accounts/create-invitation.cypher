// An invitation to become a member of the firms or institutes in $firmIds (checked beforehand):
// a one-time token (kept as its hash) valid until $expiresAt.
// $id, $tokenHash, $email, $name, $language, $firmIds, $expiresAt, $now, $invitedBy
// columns: invitation {id, email, name, language, firmIds, expiresAt, createdAt}
CREATE (i:Invitation {id: $id, tokenHash: $tokenHash, email: $email, name: $name, language: $language, firmIds: $firmIds,
                      expiresAt: datetime($expiresAt), createdAt: datetime($now), invitedBy: $invitedBy})
RETURN i {.id, .email, .name, .language, .firmIds, expiresAt: toString(i.expiresAt), createdAt: toString(i.createdAt)} AS invitation
