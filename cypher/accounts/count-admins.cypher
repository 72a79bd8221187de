// How many admins exist (none: `npm start` offers the first-admin link).
// columns: admins
MATCH (u:User {role: 'admin'})
RETURN count(u) AS admins
