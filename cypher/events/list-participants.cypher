// The firms registered for an event with what they offer and seek there and their cooperation requests,
// filtered by country, sector (with its sub-sectors) and product (offered or sought there); with
// $viewer set, only those across the border from the viewer's firm when $crossBorder is true.
// Drafts the asker may not see are left out ($drafts). The persons attending are those
// the reader may see: consent among $consents, or all of a firm in $ownIds (auth/people.ts).
// $event, $country, $sector, $product, $viewer, $crossBorder, $drafts, $consents, $ownIds
// columns: registration, firm, country, district, size, sectors [id], offers [id], seeks [id],
//          requests [{id, type, product, textDe, textCs, textEn}], available [int],
//          persons [{id, name, function, languages}]
MATCH (e:Event {id: $event})<-[:FOR]-(r:Registration)-[:OF]->(f:Firm)
WHERE ($country IS NULL OR f.country = $country)
  AND ($drafts IS NULL OR coalesce(f.published, true) OR f.id IN $drafts)
  AND ($sector IS NULL OR EXISTS { (f)-[:IN_SECTOR]->(:Sector)-[:PART_OF*0..3]->(:Sector {id: $sector}) })
  AND ($product IS NULL OR EXISTS { (r)-[:OFFERS_HERE|SEEKS_HERE]->(:Product {id: $product}) })
  AND (NOT $crossBorder OR $viewer IS NULL OR f.country <> COLLECT { MATCH (v:Firm {id: $viewer}) RETURN v.country }[0])
RETURN r.id AS registration, f.id AS firm, f.country AS country,
       COLLECT { MATCH (f)-[:LOCATED_IN]->(d:Region) RETURN d.id ORDER BY d.id }[0] AS district, f.size AS size,
       COLLECT { MATCH (f)-[:IN_SECTOR]->(s:Sector) RETURN s.id ORDER BY s.id } AS sectors,
       COLLECT { MATCH (r)-[:OFFERS_HERE]->(p:Product) RETURN p.id ORDER BY p.id } AS offers,
       COLLECT { MATCH (r)-[:SEEKS_HERE]->(p:Product) RETURN p.id ORDER BY p.id } AS seeks,
       COLLECT { MATCH (r)-[:HAS_REQUEST]->(c:CooperationRequest)
                 RETURN c {.id, .type, .product, .textDe, .textCs, .textEn} ORDER BY c.id } AS requests,
       coalesce(r.available, []) AS available,
       COLLECT { MATCH (p:Person)-[:CONTACT_OF]->(f)
                 WHERE p.id IN coalesce(r.persons, []) AND (p.consent IN $consents OR f.id IN $ownIds)
                 RETURN p {.id, .name, .function, languages: coalesce(p.languages, [])} ORDER BY p.name } AS persons
ORDER BY f.name, f.id
