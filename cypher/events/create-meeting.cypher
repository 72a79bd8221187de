// A meeting request from one registered firm to another at the same event. When the other side has
// asked for the same meeting already, that request becomes mutual and accepted instead of a second one.
// Staff may add a meeting that is accepted at once ($accepted).
// $event, $id, $from, $to, $note, $accepted, $user, $now
// columns: id, status, mutual, created
MATCH (e:Event {id: $event})
MATCH (e)<-[:FOR]-(a:Registration)-[:OF]->(:Firm {id: $from})
MATCH (e)<-[:FOR]-(b:Registration)-[:OF]->(:Firm {id: $to})
OPTIONAL MATCH (existing:Meeting)-[:BETWEEN]->(a), (existing)-[:BETWEEN]->(b)
CALL (existing, a, b, e) {
  WITH existing, a, b WHERE existing IS NOT NULL
  MATCH (existing)-[:REQUESTED_BY]->(requester:Registration)
  SET existing.mutual = existing.mutual OR requester = b,
      existing.status = CASE WHEN requester = b AND existing.status = 'requested' THEN 'accepted' ELSE existing.status END,
      existing.noteBack = CASE WHEN requester = b THEN coalesce($note, existing.noteBack) ELSE existing.noteBack END,
      existing.updatedAt = datetime($now)
  RETURN existing AS meeting, false AS created
  UNION
  WITH existing, a, b, e WHERE existing IS NULL
  CREATE (m:Meeting {id: $id})
  SET m.note = $note, m.mutual = false, m.status = CASE WHEN $accepted THEN 'accepted' ELSE 'requested' END,
      m.addedByStaff = $accepted, m.createdAt = datetime($now), m.createdBy = $user, m.updatedAt = datetime($now)
  CREATE (m)-[:AT]->(e), (m)-[:BETWEEN]->(a), (m)-[:BETWEEN]->(b), (m)-[:REQUESTED_BY]->(a)
  RETURN m AS meeting, true AS created
}
RETURN meeting.id AS id, meeting.status AS status, meeting.mutual AS mutual, created
