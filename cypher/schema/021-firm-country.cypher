// Filters by country and cross-border checks read Firm.country.
CREATE INDEX firm_country IF NOT EXISTS FOR (n:Firm) ON (n.country)
