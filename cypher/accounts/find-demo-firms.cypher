// One firm on each side of the border for the demo accounts: of the firms supplying a firm on the
// other side, the German one with the lowest id and its Czech customer or supplier.
// columns: de {id, name}, cz {id, name}
MATCH (de:Firm {country: 'DE'})-[:SUPPLIES]-(cz:Firm {country: 'CZ'})
WITH de, cz
ORDER BY de.id, cz.id
LIMIT 1
RETURN de {.id, .name} AS de, cz {.id, .name} AS cz
