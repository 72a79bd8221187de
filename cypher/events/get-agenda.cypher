// One firm's timetable at an event: its placed meetings in slot order with the other firm and the table.
// $event, $firm
// columns: meeting, slot, table, other, note
MATCH (e:Event {id: $event})<-[:FOR]-(r:Registration)-[:OF]->(:Firm {id: $firm})
MATCH (m:Meeting {status: 'accepted'})-[:BETWEEN]->(r)
WHERE m.slot IS NOT NULL
MATCH (m)-[:BETWEEN]->(:Registration)-[:OF]->(o:Firm) WHERE o.id <> $firm
RETURN m.id AS meeting, m.slot AS slot, m.table AS table, o.id AS other, m.note AS note
ORDER BY m.slot
