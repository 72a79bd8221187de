// The overview's links: how many links of a type run from the actors of one group to those of
// another; cross-border when the two groups' districts lie in different countries.
// $links [{source, target, type, links}]
// columns: none
UNWIND $links AS l
MATCH (a:OverviewGroup {id: l.source}), (b:OverviewGroup {id: l.target})
CREATE (a)-[:OVERVIEW_LINK {type: l.type, links: l.links, crossBorder: a.country <> b.country}]->(b)
