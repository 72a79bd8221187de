// The overview's groups: actors of one district and one NACE division (firms), or the institutes or
// the organisations of a district, placed at the district's centre. `internal` counts the links
// inside the group by type, in the order SUPPLIES, COOPERATES_WITH, MEMBER_OF.
// $groups [{id, district, kind, division, actors, internal}]
// columns: none
UNWIND $groups AS g
MATCH (d:Region {id: g.district})
MERGE (group:OverviewGroup {id: g.id})
SET group += {district: g.district, country: d.country, kind: g.kind, division: g.division, actors: g.actors,
              internal: g.internal, lat: d.lat, lon: d.lon}
