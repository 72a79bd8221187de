// Firms this firm does not cooperate with yet that share its NACE division or complement its
// products: they offer what it needs, need what it offers, or offer a product linked by INPUT_TO
// to one of its own. The most complementary first, at most $candidates, each with the parts of its
// score that need no walk of its own; only the few that can still make the list read their
// products and organisations (find-cooperation-details).
// How complementary a firm is equals the number of times the product searches below reach it, and
// the sectors and divisions it shares with the firm are those the sector searches reach it from
// (a firm only these reach is no candidate).
// Drafts the asker may not see are left out ($drafts): checked in rank order, only until the
// candidates are found (the second ORDER BY keeps the order the first gave, and costs no sort);
// with $confirmedOnly only confirmed links count as cooperating or trading.
// $firm, $candidates, $drafts, $confirmedOnly
// columns: id, complementary, sharedClasses, sharedDivisions, distanceKm, crossBorder, trading,
//          firmMemberships (the firm's organisations: at most so many can be shared)
MATCH (f:Firm {id: $firm})
WITH f,
     COLLECT { MATCH (f)-[:IN_SECTOR]->(s:Sector) RETURN s.id } AS classes,
     COLLECT { MATCH (f)-[:IN_SECTOR]->(:Sector)-[:PART_OF]->{0,3}(d:Sector {level: 'division'}) RETURN DISTINCT d.id } AS divisions,
     COLLECT { MATCH (f)-[:NEEDS]->(p:Product) RETURN p.id } AS needs,
     COLLECT { MATCH (f)-[:OFFERS]->(p:Product) RETURN p.id } AS offers,
     COLLECT { MATCH (f)-[:OFFERS]->(:Product)-[:INPUT_TO]-(q:Product) RETURN DISTINCT q.id } AS linked,
     COLLECT { MATCH (f)-[r:COOPERATES_WITH]-(c) WHERE (NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']) RETURN c } AS cooperating,
     COLLECT { MATCH (f)-[r:SUPPLIES]-(c) WHERE (NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']) RETURN c } AS trading,
     COUNT { MATCH (f)-[:MEMBER_OF]->(:Organisation) } AS memberships
CALL (classes, divisions, needs, offers, linked) {
  UNWIND divisions AS d
  MATCH (:Sector {id: d})<-[:PART_OF]-{0,3}(:Sector)<-[:IN_SECTOR]-(c:Firm)
  RETURN c, 0 AS complementary, d AS division, null AS class
  UNION ALL
  UNWIND classes AS s
  MATCH (:Sector {id: s})<-[:IN_SECTOR]-(c:Firm)
  RETURN c, 0 AS complementary, null AS division, s AS class
  UNION ALL
  // Each row of the product searches is one complementary product: the firm offers one of the needs
  // or linked products (a product in both counts twice, as find-cooperation-details lists it), or
  // needs an offer.
  UNWIND needs + linked AS p
  MATCH (:Product {id: p})<-[:OFFERS]-(c:Firm)
  RETURN c, 1 AS complementary, null AS division, null AS class
  UNION ALL
  UNWIND offers AS p
  MATCH (:Product {id: p})<-[:NEEDS]-(c:Firm)
  RETURN c, 1 AS complementary, null AS division, null AS class
}
WITH f, cooperating, trading, memberships, c, sum(complementary) AS complementary,
     collect(DISTINCT division) AS sharedDivisions, collect(DISTINCT class) AS sharedClasses
WHERE (complementary > 0 OR sharedDivisions <> []) AND c <> f AND NOT c IN cooperating
ORDER BY complementary DESC, c.id
WITH f, trading, memberships, c, complementary, sharedDivisions, sharedClasses
WHERE $drafts IS NULL OR coalesce(c.published, true) OR c.id IN $drafts
ORDER BY complementary DESC, c.id
LIMIT $candidates
RETURN c.id AS id, complementary,
       COLLECT { UNWIND sharedClasses AS s RETURN s ORDER BY s } AS sharedClasses,
       COLLECT { UNWIND sharedDivisions AS d RETURN d ORDER BY d } AS sharedDivisions,
       point.distance(point({latitude: f.lat, longitude: f.lon}), point({latitude: c.lat, longitude: c.lon})) / 1000.0 AS distanceKm,
       coalesce(f.country <> c.country, false) AS crossBorder,
       c IN trading AS trading,
       memberships AS firmMemberships
