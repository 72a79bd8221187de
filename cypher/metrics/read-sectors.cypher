// Every sector, whether it is a NACE class and the division it lies in (itself for a division),
// for the overview's groups: the whole-region job picks each firm's sector from read-actors' list.
// columns: id, class, division
MATCH (s:Sector)
OPTIONAL CALL (s) {
  MATCH (s)-[:PART_OF]->{0,3}(d:Sector {level: 'division'})
  RETURN d.id AS division LIMIT 1
}
RETURN s.id AS id, s.level = 'class' AS class, division
