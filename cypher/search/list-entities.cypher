// The same filters as search, without a text: one page of nodes in name order.
// Only the page's nodes read more than their name; the others are only counted.
// $kind, $country, $size, $region, $sector, $limit, $offset, $drafts
// columns: total, items [{id, kind, name, nameDe, nameCs, nameEn, country, size, town, score}]
// A kind is looked up in its index (sectors and regions are read on every visit of the explorer);
// `$kind IS NULL OR node.kind = $kind` would read every actor of the region to find them.
CALL () {
  WITH 1 AS one WHERE $kind IS NOT NULL
  MATCH (node:Entity {kind: $kind})
  RETURN node
  UNION ALL
  WITH 1 AS one WHERE $kind IS NULL
  MATCH (node:Entity)
  RETURN node
}
WITH node
WHERE ($drafts IS NULL OR coalesce(node.published, true) OR node.id IN $drafts)
  AND ($country IS NULL OR node.country = $country)
  AND ($size IS NULL OR node.size = $size)
  AND ($region IS NULL OR EXISTS { (node)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(:Region {id: $region}) })
  AND ($sector IS NULL OR EXISTS { (node)-[:IN_SECTOR|RESEARCHES]->(:Sector)-[:PART_OF*0..3]->(:Sector {id: $sector}) })
WITH node ORDER BY node.name
WITH collect(node) AS hits
RETURN size(hits) AS total, COLLECT {
  UNWIND hits[$offset..($offset + $limit)] AS node
  RETURN node {.id, .kind, .name, .nameDe, .nameCs, .nameEn, .country, .size, .town, score: null}
} AS items
