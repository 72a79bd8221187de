// What import rows are checked against: the districts with their country and the sector codes.
// columns: districts [{id, country}], sectors [id]
RETURN COLLECT { MATCH (r:Region {level: 'district'}) RETURN {id: r.id, country: r.country} } AS districts,
       COLLECT { MATCH (s:Sector) RETURN s.id } AS sectors
