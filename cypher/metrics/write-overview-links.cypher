// The overview's links that are new or whose count changed: how many links of a type run from the
// actors of one group to those of another; cross-border when the two groups' districts lie in
// different countries.
// $links [{source, target, type, links}]
// columns: none
UNWIND $links AS l
MATCH (a:OverviewGroup {id: l.source}), (b:OverviewGroup {id: l.target})
MERGE (a)-[r:OVERVIEW_LINK {type: l.type}]->(b)
SET r.links = l.links, r.crossBorder = a.country <> b.country
