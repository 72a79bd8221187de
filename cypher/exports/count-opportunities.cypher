// How many rows find-opportunities.cypher would give without its $limit: for each need of the
// scope's firms its offerers across the border that do not yet supply it, at most $perNeed.
// (A separate statement: a sort of all the rows would hold each need's offerers in memory.)
// $ids, $perNeed
// columns: total
UNWIND $ids AS id
MATCH (f:Firm {id: id})-[:NEEDS]->(p:Product)
WHERE f.country IS NOT NULL
WITH p, collect(f) AS needers
CALL (p) {
  MATCH (p)<-[:OFFERS]-(o:Firm)
  WHERE o.country IS NOT NULL AND coalesce(o.published, true)
  RETURN collect(o {.id, .country}) AS offerers
}
UNWIND needers AS f
WITH f, p, f.country AS country, offerers
WHERE any(o IN offerers WHERE o.country <> country)
WITH country, offerers, COLLECT { MATCH (f)<-[r:SUPPLIES]-(s:Firm) WHERE r.product = p.id RETURN s.id } AS supplying
WITH size([o IN offerers WHERE o.country <> country AND NOT o.id IN supplying]) AS candidates
RETURN sum(CASE WHEN candidates < $perNeed THEN candidates ELSE $perNeed END) AS total
