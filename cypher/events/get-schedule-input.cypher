// What the timetable is built from: the event's registrations with country and availability, and its
// accepted meetings with both sides and any pin.
// $event
// columns: participants [{id, country, available}], meetings [{id, a, b, mutual, pinSlot, pinTable}]
MATCH (e:Event {id: $event})
RETURN COLLECT {
         MATCH (e)<-[:FOR]-(r:Registration)-[:OF]->(f:Firm)
         RETURN {id: f.id, country: f.country, available: coalesce(r.available, [])}
       } AS participants,
       COLLECT {
         MATCH (m:Meeting {status: 'accepted'})-[:AT]->(e)
         MATCH (m)-[:REQUESTED_BY]->(:Registration)-[:OF]->(a:Firm)
         MATCH (m)-[:BETWEEN]->(:Registration)-[:OF]->(b:Firm) WHERE b <> a
         RETURN {id: m.id, a: a.id, b: b.id, mutual: m.mutual,
                 pinSlot: CASE WHEN m.pinned THEN m.slot END, pinTable: CASE WHEN m.pinned THEN m.table END}
       } AS meetings
