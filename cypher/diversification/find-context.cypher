// What an answer on alternative suppliers needs besides the candidates: the products that can
// replace a product (those of its category), to name them where an alternative offers them, and
// whether the firm is a member of any organisation (else no supplier shares one). No row for an
// unknown product.
// $firm, $product
// columns: substitutes [product ids], memberships (count)
OPTIONAL MATCH (f:Firm {id: $firm})
MATCH (p:Product {id: $product})
RETURN COLLECT { MATCH (q:Product {category: p.category}) WHERE q <> p RETURN q.id } AS substitutes,
       COUNT { (f)-[:MEMBER_OF]->(:Organisation) } AS memberships
