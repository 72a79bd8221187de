// The firm asked accepts or declines a meeting request. A declined meeting leaves the timetable.
// $meeting, $status, $now
// columns: id, status
MATCH (m:Meeting {id: $meeting})
SET m.status = $status, m.updatedAt = datetime($now)
FOREACH (_ IN CASE WHEN $status = 'declined' THEN [1] ELSE [] END | REMOVE m.slot, m.table, m.pinned, m.unplacedReason)
RETURN m.id AS id, m.status AS status
