// The actors (firms, institutes, organisations) of an export's scope and the names of what the
// scope is named after. One branch per kind of scope: the whole region, a region (any NUTS level), a
// sector (any NACE level), a cluster or other organisation with its members, an event's attendees
// and organisers, a firm's ego network within $hops links. Drafts (published = false) come only
// where $drafts lets the asker see them; a hidden draft centre or organisation is "not found".
// $kind ('all'|'region'|'sector'|'organisation'|'event'|'ego'), $id, $hops (1..3), $drafts
// columns: found, scope {name, nameDe, nameCs, nameEn}, ids
OPTIONAL MATCH (s:Entity {id: $id})
WHERE $kind <> 'all'
  AND ((s:Region AND $kind = 'region') OR (s:Sector AND $kind = 'sector')
    OR (s:Organisation AND $kind = 'organisation') OR (s:Event AND $kind = 'event')
    OR ((s:Firm OR s:Institute OR s:Organisation) AND $kind = 'ego'))
  AND ($drafts IS NULL OR coalesce(s.published, true) OR s.id IN $drafts)
WITH s
CALL (s) {
  WITH s WHERE $kind = 'all'
  UNWIND ['firm', 'institute', 'organisation'] AS kind
  MATCH (n:Entity {kind: kind})
  RETURN n
  UNION
  WITH s WHERE s IS NOT NULL AND $kind = 'region'
  MATCH (s)<-[:PART_OF]-{0,2}(:Region)<-[:LOCATED_IN]-(n:Entity)
  RETURN n
  UNION
  WITH s WHERE s IS NOT NULL AND $kind = 'sector'
  MATCH (s)<-[:PART_OF]-{0,3}(:Sector)<-[:IN_SECTOR]-(n:Entity)
  RETURN n
  UNION
  WITH s WHERE s IS NOT NULL AND $kind = 'organisation'
  MATCH (s)<-[:MEMBER_OF]-{0,1}(n:Entity)
  RETURN n
  UNION
  WITH s WHERE s IS NOT NULL AND $kind = 'event'
  MATCH (s)<-[:ATTENDS|ORGANISES]-(n:Entity)
  RETURN n
  UNION
  WITH s WHERE s IS NOT NULL AND $kind = 'ego' AND $hops = 1
  MATCH (s)-[:SUPPLIES|COOPERATES_WITH|MEMBER_OF]-{0,1}(n:Entity)
  RETURN n
  UNION
  WITH s WHERE s IS NOT NULL AND $kind = 'ego' AND $hops = 2
  MATCH (s)-[:SUPPLIES|COOPERATES_WITH|MEMBER_OF]-{0,2}(n:Entity)
  RETURN n
  UNION
  WITH s WHERE s IS NOT NULL AND $kind = 'ego' AND $hops = 3
  MATCH (s)-[:SUPPLIES|COOPERATES_WITH|MEMBER_OF]-{0,3}(n:Entity)
  RETURN n
}
WITH s, n
WHERE (n:Firm OR n:Institute OR n:Organisation) AND ($drafts IS NULL OR coalesce(n.published, true) OR n.id IN $drafts)
WITH s, collect(DISTINCT n.id) AS ids
RETURN $kind = 'all' OR s IS NOT NULL AS found,
       CASE WHEN s IS NULL THEN null ELSE s {.name, .nameDe, .nameCs, .nameEn} END AS scope,
       ids
