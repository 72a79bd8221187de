// The $k shortest supplier chains from a firm up to firms that offer a product, with the check
// that the firm needs the product and the names of all an answer mentions: one statement, so an
// answer takes one round trip. Each link a SUPPLIES from the next firm to the one before, no firm
// twice, at most $maxHops links. The search expands upstream from the firm and keeps the 10
// shortest chains to each offering firm; the global $k (at most 10) shortest are therefore exact.
// Filters apply to every supplier on a chain: $regions / $sectors (ids at any level; null = any),
// $avoid (firm ids); $crossBorder keeps chains with at least one DE-CZ link. The offering firm is
// checked against the product's node, not its id (no property read per offer). A bound of a
// quantifier or of SHORTEST cannot be a parameter, and a predicate on the path length does not
// stop the search: so the search looks 2 links deep (1 with $maxHops = 1), and only while it has
// fewer than $k routes, 3, then 4, then $maxHops deep (5 or 6), each a copy of the pattern that
// walks no deeper than asked; the routes are those of the last search made. Most needs are met
// within two or three links, and a search 2 deep walks a small part of the paths one 4 deep walks.
// The asking firm is excluded as a step while walking (x <> f), not by a filter on the paths
// found: those are checked in memory, where Neo4j does not stop a query past its timeout, and a
// firm whose suppliers all buy from it too gave tens of millions of walks to reject (minutes of
// CPU after the answer 422 had gone out).
// No search is made unless the firm (a draft the asker may not see is none) needs the product; an
// unknown firm or product gives no row.
// Drafts the asker may not see are no step and have no name ($drafts); $confirmedOnly uses only
// confirmed links.
// $firm, $product, $k, $maxHops (1..6), $regions, $sectors, $avoid, $crossBorder, $drafts, $confirmedOnly
// columns (no row for an unknown firm or product): firm (visible to the asker), product (true), needed,
//          routes [{nodes [id], hops [{type, source, target, products}]}],
//          refs [{id, kind, name, nameDe, nameCs, nameEn, country, district, town, size, category}]
MATCH (f:Firm {id: $firm})
MATCH (product:Product {id: $product})
WITH f, product, $drafts IS NULL OR coalesce(f.published, true) OR f.id IN $drafts AS visible
WITH f, product, visible, visible AND EXISTS { (f)-[:NEEDS]->(product) } AS needed
CALL (f, product, needed) {
  WITH f WHERE needed
  MATCH p = SHORTEST 10 (
    (f)(()<-[link:SUPPLIES WHERE (NOT $confirmedOnly OR link.standing IN ['confirmed', 'verified'])]-(x:Firm
          WHERE x <> f
            AND ($avoid = [] OR NOT x.id IN $avoid)
            AND ($drafts IS NULL OR coalesce(x.published, true) OR x.id IN $drafts)
            AND ($regions IS NULL OR EXISTS { (x)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,2}(r:Region) WHERE r.id IN $regions })
            AND ($sectors IS NULL OR EXISTS { (x)-[:IN_SECTOR]->(:Sector)-[:PART_OF]->{0,3}(s:Sector) WHERE s.id IN $sectors })
    )){1,2}(t:Firm WHERE EXISTS { (t)-[:OFFERS]->(product) })
    WHERE size(x) <= $maxHops
      AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
      AND (NOT $crossBorder OR any(i IN range(0, size(x) - 1) WHERE ([f] + x)[i].country <> x[i].country))
  )
  RETURN collect(p) AS paths
}
// A route is a sequence of firms: chains through the same firms differ only in a link's product.
WITH f, product, visible, needed, paths, NOT needed OR $maxHops <= 2 OR size(COLLECT { UNWIND paths AS p RETURN DISTINCT nodes(p) AS route }) >= $k AS done
CALL (f, product, done) {
  WITH f WHERE NOT done
  MATCH p = SHORTEST 10 (
    (f)(()<-[link:SUPPLIES WHERE (NOT $confirmedOnly OR link.standing IN ['confirmed', 'verified'])]-(x:Firm
          WHERE x <> f
            AND ($avoid = [] OR NOT x.id IN $avoid)
            AND ($drafts IS NULL OR coalesce(x.published, true) OR x.id IN $drafts)
            AND ($regions IS NULL OR EXISTS { (x)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,2}(r:Region) WHERE r.id IN $regions })
            AND ($sectors IS NULL OR EXISTS { (x)-[:IN_SECTOR]->(:Sector)-[:PART_OF]->{0,3}(s:Sector) WHERE s.id IN $sectors })
    )){1,3}(t:Firm WHERE EXISTS { (t)-[:OFFERS]->(product) })
    WHERE all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
      AND (NOT $crossBorder OR any(i IN range(0, size(x) - 1) WHERE ([f] + x)[i].country <> x[i].country))
  )
  RETURN collect(p) AS deeper
}
WITH f, product, visible, needed, CASE WHEN done THEN paths ELSE deeper END AS paths, done
WITH f, product, visible, needed, paths, done OR $maxHops <= 3 OR size(COLLECT { UNWIND paths AS p RETURN DISTINCT nodes(p) AS route }) >= $k AS done
CALL (f, product, done) {
  WITH f WHERE NOT done
  MATCH p = SHORTEST 10 (
    (f)(()<-[link:SUPPLIES WHERE (NOT $confirmedOnly OR link.standing IN ['confirmed', 'verified'])]-(x:Firm
          WHERE x <> f
            AND ($avoid = [] OR NOT x.id IN $avoid)
            AND ($drafts IS NULL OR coalesce(x.published, true) OR x.id IN $drafts)
            AND ($regions IS NULL OR EXISTS { (x)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,2}(r:Region) WHERE r.id IN $regions })
            AND ($sectors IS NULL OR EXISTS { (x)-[:IN_SECTOR]->(:Sector)-[:PART_OF]->{0,3}(s:Sector) WHERE s.id IN $sectors })
    )){1,4}(t:Firm WHERE EXISTS { (t)-[:OFFERS]->(product) })
    WHERE all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
      AND (NOT $crossBorder OR any(i IN range(0, size(x) - 1) WHERE ([f] + x)[i].country <> x[i].country))
  )
  RETURN collect(p) AS deeper
}
WITH f, product, visible, needed, CASE WHEN done THEN paths ELSE deeper END AS paths, done
WITH f, product, visible, needed, paths, done OR $maxHops <= 4 OR size(COLLECT { UNWIND paths AS p RETURN DISTINCT nodes(p) AS route }) >= $k AS done
CALL (f, product, done) {
  WITH f WHERE NOT done
  MATCH p = SHORTEST 10 (
    (f)(()<-[link:SUPPLIES WHERE (NOT $confirmedOnly OR link.standing IN ['confirmed', 'verified'])]-(x:Firm
          WHERE x <> f
            AND ($avoid = [] OR NOT x.id IN $avoid)
            AND ($drafts IS NULL OR coalesce(x.published, true) OR x.id IN $drafts)
            AND ($regions IS NULL OR EXISTS { (x)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,2}(r:Region) WHERE r.id IN $regions })
            AND ($sectors IS NULL OR EXISTS { (x)-[:IN_SECTOR]->(:Sector)-[:PART_OF]->{0,3}(s:Sector) WHERE s.id IN $sectors })
    )){1,6}(t:Firm WHERE EXISTS { (t)-[:OFFERS]->(product) })
    WHERE size(x) <= $maxHops
      AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
      AND (NOT $crossBorder OR any(i IN range(0, size(x) - 1) WHERE ([f] + x)[i].country <> x[i].country))
  )
  RETURN collect(p) AS deeper
}
WITH f, product, visible, needed, CASE WHEN done THEN paths ELSE deeper END AS paths
// Chains through the same firms that differ only in the product of a link are one route, each such
// link listing its products; routes come shortest first, equal lengths by the firm ids along them.
WITH f, product, visible, needed, COLLECT {
  UNWIND paths AS p
  WITH [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS links,
       [r IN relationships(p) | r.product] AS products
  WITH nodes, links, collect(products) AS variants
  ORDER BY size(nodes), nodes
  LIMIT $k
  RETURN {nodes: nodes, hops: [i IN range(0, size(links) - 1) | {type: links[i].type, source: links[i].source, target: links[i].target, products: reduce(acc = [], v IN variants | CASE WHEN v[i] IN acc THEN acc ELSE acc + v[i] END)}]} AS route
} AS routes
// The names, as analytics/get-refs gives them.
WITH f, product, visible, needed, routes, [$firm, $product] + reduce(ids = [], route IN routes | ids + route.nodes + reduce(acc = [], hop IN route.hops | acc + hop.products)) AS ids
RETURN visible AS firm, true AS product, needed, routes, COLLECT {
  UNWIND ids AS id
  WITH DISTINCT id
  MATCH (n:Entity {id: id})
  WHERE $drafts IS NULL OR coalesce(n.published, true) OR n.id IN $drafts
  RETURN n {.id, .kind, .name, .nameDe, .nameCs, .nameEn, .country, district: COLLECT { MATCH (n)-[:LOCATED_IN]->(d:Region) RETURN d.id ORDER BY d.id }[0], .town, .size, .category}
} AS refs
