// Every actor of the network (firms, drafts included, institutes, organisations), one row each, for
// the whole-region metrics, the overview and the stored area risk: its node id (how read-links names
// it), kind, country, districts and sectors (the reader picks one of each as the network views do),
// the products it needs (by node id, as read-products lists them) and whether it is published.
// Lists per actor instead of a row per pair: the rows, not the values, are what costs.
// columns: node, id, kind, country, published, districts, sectors, needs
MATCH (n:Entity)
WHERE n:Firm OR n:Institute OR n:Organisation
RETURN id(n) AS node, n.id AS id, n.kind AS kind, n.country AS country, coalesce(n.published, true) AS published,
       [(n)-[:LOCATED_IN]->(r:Region {level: 'district'}) | r.id] AS districts,
       [(n)-[:IN_SECTOR]->(s:Sector) | s.id] AS sectors,
       [(n)-[:NEEDS]->(p:Product) | id(p)] AS needs
