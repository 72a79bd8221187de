// The stored overview groups are looked up by id when their links are written.
CREATE INDEX overview_group_id IF NOT EXISTS FOR (g:OverviewGroup) ON (g.id)
