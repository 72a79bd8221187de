// Full-text search over names and descriptions in de/cs/en, with filters, one page of hits.
// Only the page's hits read their properties; the others are only counted (200k firms: a common
// word's 5,000 hits cost 225 db hits instead of 16,000).
// $q (Lucene query), $kind, $country, $size, $region (any NUTS level), $sector (any NACE level),
// $limit, $offset, $drafts (drafts the asker may not see are no hit)
// columns: total, items [{id, kind, name, nameDe, nameCs, nameEn, country, size, town, score}]
CALL db.index.fulltext.queryNodes('search', $q, {limit: 5000}) YIELD node, score
WHERE ($kind IS NULL OR node.kind = $kind)
  AND ($drafts IS NULL OR coalesce(node.published, true) OR node.id IN $drafts)
  AND ($country IS NULL OR node.country = $country)
  AND ($size IS NULL OR node.size = $size)
  AND ($region IS NULL OR EXISTS { (node)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(:Region {id: $region}) })
  AND ($sector IS NULL OR EXISTS { (node)-[:IN_SECTOR|RESEARCHES]->(:Sector)-[:PART_OF*0..3]->(:Sector {id: $sector}) })
WITH collect({node: node, score: score}) AS hits
RETURN size(hits) AS total, COLLECT {
  UNWIND hits[$offset..($offset + $limit)] AS hit
  WITH hit.node AS node, hit.score AS score
  RETURN node {.id, .kind, .name, .nameDe, .nameCs, .nameEn, .country, .size, .town, score: score}
} AS items
