// Who could introduce a firm to each of its possible suppliers: actors linked by supply or
// cooperation to both. Walked from the firm's side (its partners and theirs, a few hundred links)
// rather than from each of up to 2,000 suppliers.
// $firm, $ids (supplier firm ids)
// columns: id, introducers [ids]
MATCH (f:Firm {id: $firm})-[:SUPPLIES|COOPERATES_WITH]-(m)
WHERE m <> f
WITH DISTINCT m
MATCH (m)-[:SUPPLIES|COOPERATES_WITH]-(a:Firm)
WHERE a.id IN $ids AND a <> m
WITH DISTINCT a.id AS id, m.id AS introducer
ORDER BY introducer
RETURN id, collect(introducer) AS introducers
