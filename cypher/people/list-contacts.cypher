// The contact persons of a firm, institute or organisation that the asker may see: those whose
// consent is among $consents, and all of them where the node is in $ownIds (its members manage them).
// A draft the asker may not see has none ($drafts).
// $of, $consents, $ownIds, $drafts
// columns: person
MATCH (p:Person)-[:CONTACT_OF]->(n:Entity {id: $of})
WHERE (p.consent IN $consents OR n.id IN $ownIds)
  AND ($drafts IS NULL OR coalesce(n.published, true) OR n.id IN $drafts)
RETURN p {.*, of: n.id} AS person
ORDER BY p.name
