// Which of the given firms are registered for the event.
// $event, $firms
// columns: firm
MATCH (:Event {id: $event})<-[:FOR]-(:Registration)-[:OF]->(f:Firm)
WHERE f.id IN $firms
RETURN f.id AS firm
