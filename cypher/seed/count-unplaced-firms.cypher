// Firms that lack a district or a sector: should be none.
// columns: firms
MATCH (f:Firm)
WHERE NOT EXISTS { (f)-[:LOCATED_IN]->(:Region {level: 'district'}) }
   OR NOT EXISTS { (f)-[:IN_SECTOR]->(:Sector) }
RETURN count(f) AS firms
