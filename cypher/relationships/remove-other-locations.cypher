// A node has one location: linking it to a region removes its links to any other region first.
// $id, $region
// columns: removed [{to: region id, properties: the removed link's properties}]
MATCH (n:Entity {id: $id})-[l:LOCATED_IN]->(other:Region)
WHERE other.id <> $region
WITH l, other.id AS to, properties(l) AS properties
DELETE l
RETURN collect({to: to, properties: properties}) AS removed
