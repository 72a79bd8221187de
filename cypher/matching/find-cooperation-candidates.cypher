// Firms this firm does not cooperate with yet that share its NACE division or complement its
// products: they offer what it needs, need what it offers, or offer a product linked by INPUT_TO
// to one of its own. The facts the score is built from come along; the most complementary first,
// at most $candidates.
// $firm, $candidates
// columns: id, sharedClasses, sharedDivisions, offersNeeded, needsOffered, inputLinked,
//          organisations, distanceKm, crossBorder, trading
MATCH (f:Firm {id: $firm})
WITH f,
     COLLECT { MATCH (f)-[:IN_SECTOR]->(s:Sector) RETURN s.id } AS classes,
     COLLECT { MATCH (f)-[:IN_SECTOR]->(:Sector)-[:PART_OF]->{0,3}(d:Sector {level: 'division'}) RETURN DISTINCT d.id } AS divisions,
     COLLECT { MATCH (f)-[:NEEDS]->(p:Product) RETURN p.id } AS needs,
     COLLECT { MATCH (f)-[:OFFERS]->(p:Product) RETURN p.id } AS offers,
     COLLECT { MATCH (f)-[:OFFERS]->(:Product)-[:INPUT_TO]-(q:Product) RETURN DISTINCT q.id } AS linked
CALL (divisions, needs, offers, linked) {
  UNWIND divisions AS d
  MATCH (:Sector {id: d})<-[:PART_OF]-{0,3}(:Sector)<-[:IN_SECTOR]-(c:Firm)
  RETURN c
  UNION
  UNWIND needs + linked AS p
  MATCH (:Product {id: p})<-[:OFFERS]-(c:Firm)
  RETURN c
  UNION
  UNWIND offers AS p
  MATCH (:Product {id: p})<-[:NEEDS]-(c:Firm)
  RETURN c
}
WITH f, c, classes, divisions, needs, offers, linked
WHERE c <> f AND NOT EXISTS { (f)-[:COOPERATES_WITH]-(c) }
WITH f, c, classes, divisions,
     COLLECT { MATCH (c)-[:OFFERS]->(p:Product) WHERE p.id IN needs RETURN p.id ORDER BY p.id } AS offersNeeded,
     COLLECT { MATCH (c)-[:NEEDS]->(p:Product) WHERE p.id IN offers RETURN p.id ORDER BY p.id } AS needsOffered,
     COLLECT { MATCH (c)-[:OFFERS]->(p:Product) WHERE p.id IN linked RETURN p.id ORDER BY p.id } AS inputLinked
WITH f, c, classes, divisions, offersNeeded, needsOffered, inputLinked
ORDER BY size(offersNeeded) + size(needsOffered) + size(inputLinked) DESC, c.id
LIMIT $candidates
RETURN c.id AS id,
       COLLECT { MATCH (c)-[:IN_SECTOR]->(s:Sector) WHERE s.id IN classes RETURN s.id ORDER BY s.id } AS sharedClasses,
       COLLECT {
         MATCH (c)-[:IN_SECTOR]->(:Sector)-[:PART_OF]->{0,3}(d:Sector {level: 'division'})
         WHERE d.id IN divisions
         RETURN DISTINCT d.id AS d ORDER BY d
       } AS sharedDivisions,
       offersNeeded, needsOffered, inputLinked,
       COLLECT { MATCH (f)-[:MEMBER_OF]->(o:Organisation)<-[:MEMBER_OF]-(c) RETURN o.id ORDER BY o.id } AS organisations,
       point.distance(point({latitude: f.lat, longitude: f.lon}), point({latitude: c.lat, longitude: c.lon})) / 1000.0 AS distanceKm,
       coalesce(f.country <> c.country, false) AS crossBorder,
       EXISTS { (f)-[:SUPPLIES]-(c) } AS trading
