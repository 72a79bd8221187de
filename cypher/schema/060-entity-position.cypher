// The point every write keeps beside a node's coordinates (`position`), for a database written
// before it existed: set once where it is missing, then this finds nothing.
MATCH (n:Entity)
WHERE n.position IS NULL AND n.lat IS NOT NULL AND n.lon IS NOT NULL
SET n.position = point({latitude: n.lat, longitude: n.lon})
