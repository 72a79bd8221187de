// The firms that attend an event, with what they offer and need, in id order: the pool the demo
// data draws its registrations from.
// $event
// columns: id, country, offers [id], needs [id]
MATCH (f:Firm)-[:ATTENDS]->(:Event {id: $event})
RETURN f.id AS id, f.country AS country,
       COLLECT { MATCH (f)-[:OFFERS]->(p:Product) RETURN p.id ORDER BY p.id } AS offers,
       COLLECT { MATCH (f)-[:NEEDS]->(p:Product) RETURN p.id ORDER BY p.id } AS needs
ORDER BY f.id
