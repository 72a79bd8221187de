// The cooperation exchanges of the demo data, one row each: registrations, meeting requests, meetings
// in the timetable, outcomes, and the links their outcomes claimed (confirmed ones counted apart).
// columns: event, date, registrations, meetings, placed, outcomes, supplies, cooperations, confirmed
MATCH (e:Event {type: 'cooperation-exchange'})
RETURN e.id AS event, toString(e.date) AS date,
       COUNT { (:Registration)-[:FOR]->(e) } AS registrations,
       COUNT { (:Meeting)-[:AT]->(e) } AS meetings,
       COUNT { (m:Meeting)-[:AT]->(e) WHERE m.slot IS NOT NULL } AS placed,
       COUNT { (m:Meeting)-[:AT]->(e) WHERE m.outcome IS NOT NULL } AS outcomes,
       COUNT { ()-[r:SUPPLIES {source: 'event', sourceRef: e.id}]->() } AS supplies,
       COUNT { ()-[r:COOPERATES_WITH {source: 'event', sourceRef: e.id}]->() } AS cooperations,
       COUNT { ()-[r:SUPPLIES|COOPERATES_WITH {source: 'event', sourceRef: e.id, standing: 'confirmed'}]->() } AS confirmed
ORDER BY e.date
