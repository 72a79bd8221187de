// Districts and sector divisions, as benchmark parameters for area queries.
// columns: districts, divisions
MATCH (r:Region {level: 'district'})
WITH collect(r.id) AS districts
MATCH (s:Sector {level: 'division'})
RETURN districts, collect(s.id) AS divisions
