// One meeting of an event with the firm that asked and the firm asked; no row when it does not exist.
// $event, $meeting
// columns: id, from, to, status, mutual, slot, table, pinned, outcome
MATCH (m:Meeting {id: $meeting})-[:AT]->(:Event {id: $event})
MATCH (m)-[:REQUESTED_BY]->(:Registration)-[:OF]->(a:Firm)
MATCH (m)-[:BETWEEN]->(:Registration)-[:OF]->(b:Firm) WHERE b <> a
RETURN m.id AS id, a.id AS from, b.id AS to, m.status AS status, m.mutual AS mutual,
       m.slot AS slot, m.table AS table, coalesce(m.pinned, false) AS pinned, m.outcome AS outcome
