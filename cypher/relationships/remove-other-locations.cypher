// A node has one location: linking it to a region removes its links to any other region first.
// $id, $region
// columns: removed [region id]
MATCH (n:Entity {id: $id})-[l:LOCATED_IN]->(other:Region)
WHERE other.id <> $region
DELETE l
RETURN collect(other.id) AS removed
