// The overview's links as the last run stored them, so that a run writes only the links whose count
// changed (in the transaction that writes the new overview).
// columns: source, links [[target, type, links]]
MATCH (g:OverviewGroup)
RETURN g.id AS source, [(g)-[l:OVERVIEW_LINK]->(h:OverviewGroup) | [h.id, l.type, l.links]] AS links
