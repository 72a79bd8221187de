// The contact persons of a scope's actors that the asker may see (the consent rule of
// auth/people.ts as parameters): those whose consent is among $consents, and all of them where the
// actor is in $ownIds.
// $ids, $consents, $ownIds
// columns: id, of, name, function, email, phone, languages, consent, consentAt, consentBy
UNWIND $ids AS id
MATCH (p:Person)-[:CONTACT_OF]->(n:Entity {id: id})
WHERE p.consent IN $consents OR n.id IN $ownIds
RETURN p.id AS id, n.id AS of, p.name AS name, p.function AS function, p.email AS email, p.phone AS phone,
       coalesce(p.languages, []) AS languages, p.consent AS consent, p.consentAt AS consentAt, p.consentBy AS consentBy
ORDER BY of, name, id
