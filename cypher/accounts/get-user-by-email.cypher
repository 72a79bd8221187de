// An account by e-mail, with what sign-in needs.
// $email
// columns: id, role, passwordHash
MATCH (u:User {email: $email})
RETURN u.id AS id, u.role AS role, u.passwordHash AS passwordHash
