// The plain query an analyst would type into Neo4j Browser for the k shortest supply chains from a
// firm to a product, run by the benchmark beside our chains endpoint on the same samples.
// $firm, $product
// columns: p
MATCH p = (f:Firm {id: $firm})<-[:SUPPLIES*1..4]-(:Firm)-[:OFFERS]->(:Product {id: $product})
RETURN p
ORDER BY length(p)
LIMIT 3
