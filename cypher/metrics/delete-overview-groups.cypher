// Removes the stored overview groups the new overview no longer has, with their links (in the
// transaction that writes the new one).
// $keep [group id]
// columns: none
MATCH (g:OverviewGroup)
WHERE NOT g.id IN $keep
DETACH DELETE g
