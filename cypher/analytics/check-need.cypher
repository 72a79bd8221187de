// Whether a firm and a product exist (a draft the asker may not see does not, $drafts) and the firm
// needs the product (has NEEDS to it); questions about sourcing a product ask it first.
// $firm, $product, $drafts
// columns: firm, product, needed
OPTIONAL MATCH (f:Firm {id: $firm})
WHERE $drafts IS NULL OR coalesce(f.published, true) OR f.id IN $drafts
OPTIONAL MATCH (p:Product {id: $product})
RETURN f IS NOT NULL AS firm, p IS NOT NULL AS product,
       f IS NOT NULL AND p IS NOT NULL AND EXISTS { (f)-[:NEEDS]->(p) } AS needed
