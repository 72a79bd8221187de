// Whether a firm needs a product (has NEEDS to it); questions about sourcing a product ask it first.
// $firm, $product
// columns: needed
MATCH (f:Firm {id: $firm})
MATCH (p:Product {id: $product})
RETURN EXISTS { (f)-[:NEEDS]->(p) } AS needed
