// The products a scope's tables mention, as the products table has them.
// $ids
// columns: id, name, nameDe, nameCs, nameEn, code, codeSystem, category
UNWIND $ids AS id
MATCH (p:Product {id: id})
RETURN p.id AS id, p.name AS name, p.nameDe AS nameDe, p.nameCs AS nameCs, p.nameEn AS nameEn,
       p.code AS code, p.codeSystem AS codeSystem, p.category AS category
ORDER BY id
