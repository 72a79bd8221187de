// What the explorer draws for each actor: name, kind, country, sector class and its division,
// district, size, coordinates and the stored whole-region measures (null before the first run).
// A class-level sector is preferred where an actor has several.
// $ids
// columns: key, attributes {label, kind, country, sector, sectorDivision, region, size, employees, lat, lon,
//          weightedDegree, pageRank, community, betweenness, dependants}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL CALL (n) {
  MATCH (n)-[:IN_SECTOR]->(s:Sector)
  RETURN s ORDER BY CASE s.level WHEN 'class' THEN 0 ELSE 1 END, s.id LIMIT 1
}
OPTIONAL CALL (s) {
  MATCH (s)-[:PART_OF]->{0,3}(d:Sector {level: 'division'})
  RETURN d.id AS division LIMIT 1
}
OPTIONAL CALL (n) {
  MATCH (n)-[:LOCATED_IN]->(r:Region)
  RETURN r.id AS region ORDER BY r.id LIMIT 1
}
RETURN n.id AS key,
       {label: n.name, kind: n.kind, country: n.country, sector: s.id, sectorDivision: division,
        region: region, size: n.size, employees: n.employees, lat: n.lat, lon: n.lon,
        weightedDegree: n.metricWeightedDegree, pageRank: n.metricPageRank, community: n.metricCommunity,
        betweenness: n.metricBetweenness, dependants: n.metricDependants} AS attributes
