// Figures of an event for the programme's reporting: registered firms per country and size; meetings
// requested, accepted, held and across the border; outcomes; the links the event created and how many
// of them were confirmed by $confirmedBy (three months after the event).
// $event, $confirmedBy
// columns: participants [{country, size, firms}], requested, accepted, held, heldCrossBorder, outcomes [{outcome, meetings}],
//          links, linksConfirmed
MATCH (e:Event {id: $event})
RETURN COLLECT {
         MATCH (e)<-[:FOR]-(:Registration)-[:OF]->(f:Firm)
         WITH f.country AS country, f.size AS size, count(*) AS firms
         RETURN {country: country, size: size, firms: firms} ORDER BY country, size
       } AS participants,
       COUNT { (m:Meeting)-[:AT]->(e) } AS requested,
       COUNT { (m:Meeting {status: 'accepted'})-[:AT]->(e) } AS accepted,
       COUNT { (m:Meeting {held: true})-[:AT]->(e) } AS held,
       COUNT { MATCH (m:Meeting {held: true})-[:AT]->(e), (m)-[:BETWEEN]->(:Registration)-[:OF]->(a:Firm), (m)-[:BETWEEN]->(:Registration)-[:OF]->(b:Firm)
               WHERE a.country < b.country RETURN DISTINCT m } AS heldCrossBorder,
       COLLECT {
         MATCH (m:Meeting)-[:AT]->(e) WHERE m.outcome IS NOT NULL
         WITH m.outcome AS outcome, count(*) AS meetings
         RETURN {outcome: outcome, meetings: meetings} ORDER BY outcome
       } AS outcomes,
       COUNT { ()-[r:SUPPLIES|COOPERATES_WITH {source: 'event', sourceRef: $event}]->() } AS links,
       COUNT { ()-[r:SUPPLIES|COOPERATES_WITH {source: 'event', sourceRef: $event}]->()
               WHERE r.standing IN ['confirmed', 'verified'] AND ($confirmedBy IS NULL OR r.confirmedAt IS NULL OR r.confirmedAt <= datetime($confirmedBy)) } AS linksConfirmed
