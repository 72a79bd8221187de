// Actors of a kind by name and town, for import rows without an id: the name as written (an index
// seek), the town without case and surrounding spaces. A key with more than one match is ambiguous.
// $keys [{key, kind, name, town}]
// columns: key, ids
UNWIND $keys AS k
OPTIONAL MATCH (n:Entity {name: k.name})
WHERE n.kind = k.kind AND toLower(trim(coalesce(n.town, ''))) = toLower(trim(coalesce(k.town, '')))
WITH k, collect(n.id) AS ids
RETURN k.key AS key, ids
