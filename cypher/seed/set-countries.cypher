// Every located node takes its country from its region (never typed in by hand).
// columns: count
MATCH (n:Entity)-[:LOCATED_IN]->(r:Region)
WHERE n.country IS NULL OR n.country <> r.country
SET n.country = r.country
RETURN count(*) AS count
