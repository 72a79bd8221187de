// Supply links in all and those whose two firms sit in different countries.
// columns: links, crossBorder
MATCH (s:Firm)-[r:SUPPLIES]->(c:Firm)
RETURN count(r) AS links, count(CASE WHEN s.country <> c.country THEN 1 END) AS crossBorder
