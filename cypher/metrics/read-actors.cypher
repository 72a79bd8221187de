// Every actor of the network (firms, drafts included, institutes, organisations), for the
// whole-region metrics.
// columns: id
MATCH (n:Entity)
WHERE n:Firm OR n:Institute OR n:Organisation
RETURN n.id AS id
