// Staff fix an accepted meeting to a slot and table ($slot, $table), or release it ($slot null).
// $meeting, $slot, $table, $now
// columns: id
MATCH (m:Meeting {id: $meeting})
SET m.slot = $slot, m.table = $table, m.pinned = $slot IS NOT NULL, m.updatedAt = datetime($now)
RETURN m.id AS id
