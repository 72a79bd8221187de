// The meetings of an event, or of one firm there ($firm), with both sides, status, place in the timetable and outcome.
// $event, $firm (null: all firms), $meeting (null: all meetings)
// columns: id, from, to, fromCountry, toCountry, status, mutual, note, noteBack, addedByStaff, slot, table, pinned,
//          unplacedReason, unplacedBusy, held, outcome, outcomeProduct, outcomeSupplier
MATCH (m:Meeting)-[:AT]->(:Event {id: $event})
WHERE $meeting IS NULL OR m.id = $meeting
MATCH (m)-[:REQUESTED_BY]->(:Registration)-[:OF]->(a:Firm)
MATCH (m)-[:BETWEEN]->(:Registration)-[:OF]->(b:Firm) WHERE b <> a
WITH m, a, b WHERE $firm IS NULL OR $firm IN [a.id, b.id]
RETURN m.id AS id, a.id AS from, b.id AS to, a.country AS fromCountry, b.country AS toCountry, m.status AS status,
       m.mutual AS mutual, m.note AS note, m.noteBack AS noteBack, coalesce(m.addedByStaff, false) AS addedByStaff,
       m.slot AS slot, m.table AS table, coalesce(m.pinned, false) AS pinned,
       m.unplacedReason AS unplacedReason, coalesce(m.unplacedBusy, []) AS unplacedBusy,
       m.held AS held, m.outcome AS outcome, m.outcomeProduct AS outcomeProduct, m.outcomeSupplier AS outcomeSupplier
ORDER BY coalesce(m.slot, 1000), coalesce(m.table, 1000), m.id
