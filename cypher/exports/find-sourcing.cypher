// What each firm of a scope needs and who supplies it to that firm (the risks table flags the needs
// with no, one, or only one country's suppliers). Suppliers outside the scope count too; whether
// they may be named is decided by the caller ($drafts: server/src/auth/drafts.ts).
// $ids, $drafts
// columns: firm, product, suppliers [{id, country, named}]
UNWIND $ids AS id
MATCH (f:Firm {id: id})-[:NEEDS]->(p:Product)
RETURN f.id AS firm, p.id AS product,
       COLLECT {
         MATCH (f)<-[r:SUPPLIES]-(s:Firm) WHERE r.product = p.id
         RETURN DISTINCT {id: s.id, country: s.country, named: ($drafts IS NULL OR coalesce(s.published, true) OR s.id IN $drafts)} AS supplier
         ORDER BY supplier.id
       } AS suppliers
ORDER BY firm, product
