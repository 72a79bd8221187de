// An account by id, with what a password change and the users list need.
// $id
// columns: id, role, passwordHash, email
MATCH (u:User {id: $id})
RETURN u.id AS id, u.role AS role, u.passwordHash AS passwordHash, u.email AS email
