// The supply, cooperation and membership links from a scope's actors to actors outside it: a
// district's links across the border mostly lead out of it. Whether the far end may be named is
// for the caller to decide ($drafts: server/src/auth/drafts.ts).
// $ids (the scope's actors), $drafts
// columns: type, from, to, product, crossBorder, named
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WITH collect(a) AS shown
UNWIND shown AS a
MATCH (a)-[r:SUPPLIES|COOPERATES_WITH|MEMBER_OF]-(b:Entity)
WHERE NOT b IN shown
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, r.product AS product,
       coalesce(a.country <> b.country, false) AS crossBorder,
       ($drafts IS NULL OR coalesce(b.published, true) OR b.id IN $drafts) AS named
ORDER BY type, from, to, product
