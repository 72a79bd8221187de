// Stores a timetable: each accepted meeting gets its slot and table, or the reason it has none.
// $event, $placed [{meeting, slot, table, pinned}], $unplaced [{meeting, reason, busy}], $now
// columns: placed, unplaced
MATCH (e:Event {id: $event})
SET e.scheduledAt = datetime($now)
WITH e
CALL (e) {
  UNWIND $placed AS p
  MATCH (m:Meeting {id: p.meeting})-[:AT]->(e)
  SET m.slot = p.slot, m.table = p.table, m.pinned = p.pinned
  REMOVE m.unplacedReason, m.unplacedBusy
  RETURN count(m) AS placed
}
CALL (e) {
  UNWIND $unplaced AS u
  MATCH (m:Meeting {id: u.meeting})-[:AT]->(e)
  SET m.unplacedReason = u.reason, m.unplacedBusy = u.busy
  REMOVE m.slot, m.table, m.pinned
  RETURN count(m) AS unplaced
}
RETURN placed, unplaced
