// The region picker lists districts and regions by level.
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level)
