// Every account with its firms, by e-mail.
// columns: id, email, name, role, language, createdAt, firms [{id, name}]
MATCH (u:User)
RETURN u.id AS id, u.email AS email, u.name AS name, u.role AS role, u.language AS language,
       u.createdAt AS createdAt,
       [(u)-[:BELONGS_TO]->(f:Entity) | f {.id, .name, .kind}] AS firms
ORDER BY u.email
