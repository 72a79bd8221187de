// Removes the stored overview before the new one is written (in the same transaction).
// columns: none
MATCH (g:OverviewGroup)
DETACH DELETE g
