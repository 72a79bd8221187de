// What each of a few possible suppliers offers of a product and its substitutes (the products of
// its category), to show with its score.
// $product, $ids (supplier firm ids)
// columns: id, offered [product ids]
MATCH (p:Product {id: $product})
UNWIND $ids AS id
MATCH (a:Firm {id: id})
RETURN a.id AS id,
       COLLECT { MATCH (a)-[:OFFERS]->(o:Product) WHERE o = p OR o.category = p.category RETURN o.id ORDER BY o.id } AS offered
