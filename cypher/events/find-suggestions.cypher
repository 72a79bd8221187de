// Whom a registered firm should meet at an event, from the graph. For every other registered firm:
// products it offers that the firm needs ('theyOffer') and products it needs that the firm offers
// ('theyNeed'), leaving out a product already supplied between the two in that direction; needs of the
// firm with a single supplier today that the other firm offers ('singleSource'); actors linked by supply
// or cooperation to both ('introducers', only when the two have no link yet); and for institutes that
// attend, the firm's products they research ('research').
// Drafts the asker may not see are never suggested ($drafts).
// $event, $firm, $drafts
// columns: id, kind, crossBorder, distanceKm, theyOffer [id], theyNeed [id], singleSource [id], introducers [id], research [id]
MATCH (e:Event {id: $event})
MATCH (f:Firm {id: $firm})
WITH e, f,
     COLLECT { MATCH (f)-[:NEEDS]->(p:Product) RETURN p } AS needs,
     COLLECT { MATCH (f)-[:OFFERS]->(p:Product) RETURN p } AS offers,
     COLLECT { MATCH (f)-[:SUPPLIES|COOPERATES_WITH]-(x) WHERE x <> f RETURN DISTINCT x } AS partners
CALL (e, f) {
  MATCH (e)<-[:FOR]-(:Registration)-[:OF]->(o:Firm)
  WHERE o <> f
  RETURN o
  UNION
  MATCH (e)<-[:ATTENDS]-(o:Institute)
  RETURN o
}
WITH e, f, o, needs, offers, partners
WHERE ($drafts IS NULL OR coalesce(o.published, true) OR o.id IN $drafts)
WITH f, o, needs, offers, partners,
     [p IN needs WHERE (p)<-[:OFFERS]-(o) AND NOT EXISTS { (o)-[:SUPPLIES {product: p.id}]->(f) } | p] AS theyOffer,
     [p IN offers WHERE (p)<-[:NEEDS]-(o) AND NOT EXISTS { (f)-[:SUPPLIES {product: p.id}]->(o) } | p] AS theyNeed
WITH f, o, needs, offers, partners, theyOffer, theyNeed,
     [p IN theyOffer WHERE COUNT { (:Firm)-[:SUPPLIES {product: p.id}]->(f) } = 1 | p.id] AS singleSource,
     CASE WHEN o IN partners THEN []
          ELSE COLLECT { MATCH (o)-[:SUPPLIES|COOPERATES_WITH]-(x) WHERE x IN partners RETURN DISTINCT x.id AS x ORDER BY x } END AS introducers,
     CASE WHEN o:Institute THEN [p IN needs + offers WHERE (o)-[:RESEARCHES]->(p) | p.id] ELSE [] END AS research
WHERE theyOffer <> [] OR theyNeed <> [] OR introducers <> [] OR research <> []
RETURN o.id AS id, o.kind AS kind, coalesce(o.country <> f.country, false) AS crossBorder,
       point.distance(point({latitude: f.lat, longitude: f.lon}), point({latitude: o.lat, longitude: o.lon})) / 1000.0 AS distanceKm,
       [p IN theyOffer | p.id] AS theyOffer, [p IN theyNeed | p.id] AS theyNeed, singleSource, introducers,
       research
