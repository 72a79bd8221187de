// Firms per country (from their district), for the seed report and tests.
// columns: country, firms
MATCH (f:Firm)
RETURN f.country AS country, count(*) AS firms
ORDER BY country
