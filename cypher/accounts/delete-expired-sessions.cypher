// Removes sessions that have expired (run at each sign-in, so they do not pile up).
// $now
// columns: deleted
OPTIONAL MATCH (s:Session)
WHERE s.expiresAt <= datetime($now)
DETACH DELETE s
RETURN count(s) AS deleted
