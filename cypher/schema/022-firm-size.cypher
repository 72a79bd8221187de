// Filters by firm size.
CREATE INDEX firm_size IF NOT EXISTS FOR (n:Firm) ON (n.size)
