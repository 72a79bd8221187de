// Removes overview links the new overview no longer has.
// $links [{source, target, type}]
// columns: none
UNWIND $links AS l
MATCH (:OverviewGroup {id: l.source})-[r:OVERVIEW_LINK {type: l.type}]->(:OverviewGroup {id: l.target})
DELETE r
