// Every link between two overview groups as the metrics job stored it, strongest first (ties by the
// groups' ids and the type, so the order is stable). The repository keeps them for as long as the
// run that wrote them is the newest, and filters them per request.
// columns: source, target, type, links, crossBorder
MATCH (a:OverviewGroup)-[l:OVERVIEW_LINK]->(b:OverviewGroup)
RETURN a.id AS source, b.id AS target, l.type AS type, l.links AS links, l.crossBorder AS crossBorder
ORDER BY links DESC, source, target, type
