// Firms this firm does not cooperate with yet that share its NACE division or complement its
// products: they offer what it needs, need what it offers, or offer a product linked by INPUT_TO
// to one of its own. The facts the score is built from come along; the most complementary first,
// at most $candidates.
// How complementary a firm is equals the number of times the product searches below reach it, so
// the ranking needs no look at each candidate; only the $candidates kept read their products and
// sectors (one walk each), and the firm's partners, trade links and organisations are read once.
// At 200k firms: 43k candidates weighed with 0.6 million db hits instead of 4.6 million.
// Drafts the asker may not see are left out ($drafts); with $confirmedOnly only confirmed links
// count as cooperating or trading.
// $firm, $candidates, $drafts, $confirmedOnly
// columns: id, sharedClasses, sharedDivisions, offersNeeded, needsOffered, inputLinked,
//          organisations, distanceKm, crossBorder, trading
MATCH (f:Firm {id: $firm})
WITH f,
     COLLECT { MATCH (f)-[:IN_SECTOR]->(s:Sector) RETURN s.id } AS classes,
     COLLECT { MATCH (f)-[:IN_SECTOR]->(:Sector)-[:PART_OF]->{0,3}(d:Sector {level: 'division'}) RETURN DISTINCT d.id } AS divisions,
     COLLECT { MATCH (f)-[:NEEDS]->(p:Product) RETURN p.id } AS needs,
     COLLECT { MATCH (f)-[:OFFERS]->(p:Product) RETURN p.id } AS offers,
     COLLECT { MATCH (f)-[:OFFERS]->(:Product)-[:INPUT_TO]-(q:Product) RETURN DISTINCT q.id } AS linked,
     COLLECT { MATCH (f)-[r:COOPERATES_WITH]-(c) WHERE (NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']) RETURN c } AS cooperating,
     COLLECT { MATCH (f)-[r:SUPPLIES]-(c) WHERE (NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']) RETURN c } AS trading,
     COLLECT { MATCH (f)-[:MEMBER_OF]->(o:Organisation) RETURN o } AS memberships
CALL (divisions, needs, offers, linked) {
  // Each row of the product searches is one complementary product: the firm offers one of the needs
  // or linked products (a product in both counts twice, as in the lists below), or needs an offer.
  UNWIND divisions AS d
  MATCH (:Sector {id: d})<-[:PART_OF]-{0,3}(:Sector)<-[:IN_SECTOR]-(c:Firm)
  RETURN c, 0 AS complementary
  UNION ALL
  UNWIND needs + linked AS p
  MATCH (:Product {id: p})<-[:OFFERS]-(c:Firm)
  RETURN c, 1 AS complementary
  UNION ALL
  UNWIND offers AS p
  MATCH (:Product {id: p})<-[:NEEDS]-(c:Firm)
  RETURN c, 1 AS complementary
}
WITH f, classes, divisions, needs, offers, linked, cooperating, trading, memberships, c, sum(complementary) AS complementary
WHERE c <> f AND NOT c IN cooperating AND ($drafts IS NULL OR coalesce(c.published, true) OR c.id IN $drafts)
ORDER BY complementary DESC, c.id
LIMIT $candidates
WITH f, classes, divisions, needs, offers, linked, trading, memberships, c,
     COLLECT { MATCH (c)-[r:OFFERS|NEEDS]->(p) RETURN {type: type(r), id: p.id} } AS products,
     COLLECT { MATCH (c)-[:IN_SECTOR]->(s:Sector) RETURN s } AS sectors
RETURN c.id AS id,
       COLLECT { UNWIND sectors AS s WITH s WHERE s.id IN classes RETURN s.id ORDER BY s.id } AS sharedClasses,
       COLLECT {
         UNWIND sectors AS s
         MATCH (s)-[:PART_OF]->{0,3}(d:Sector {level: 'division'})
         WHERE d.id IN divisions
         RETURN DISTINCT d.id AS d ORDER BY d
       } AS sharedDivisions,
       COLLECT { UNWIND products AS p WITH p WHERE p.type = 'OFFERS' AND p.id IN needs RETURN p.id ORDER BY p.id } AS offersNeeded,
       COLLECT { UNWIND products AS p WITH p WHERE p.type = 'NEEDS' AND p.id IN offers RETURN p.id ORDER BY p.id } AS needsOffered,
       COLLECT { UNWIND products AS p WITH p WHERE p.type = 'OFFERS' AND p.id IN linked RETURN p.id ORDER BY p.id } AS inputLinked,
       COLLECT { MATCH (c)-[:MEMBER_OF]->(o) WHERE memberships <> [] AND o IN memberships RETURN o.id ORDER BY o.id } AS organisations,
       point.distance(point({latitude: f.lat, longitude: f.lon}), point({latitude: c.lat, longitude: c.lon})) / 1000.0 AS distanceKm,
       coalesce(f.country <> c.country, false) AS crossBorder,
       c IN trading AS trading
