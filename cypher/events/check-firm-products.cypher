// Which of the given products the firm offers and which it needs, to check a registration's choices.
// $firm, $offers, $seeks
// columns: offered [id], needed [id]
MATCH (f:Firm {id: $firm})
RETURN COLLECT { MATCH (f)-[:OFFERS]->(p:Product) WHERE p.id IN $offers RETURN p.id } AS offered,
       COLLECT { MATCH (f)-[:NEEDS]->(p:Product) WHERE p.id IN $seeks RETURN p.id } AS needed
