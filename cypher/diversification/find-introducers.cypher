// Who could introduce a firm to a possible supplier: actors linked by supply or cooperation to
// both. Walked from the firm's side (its partners and theirs, a few hundred links) for every firm
// two links away, not only the possible suppliers, so it needs no answer of another query and is
// sent with them.
// $firm
// columns: id, introducers [ids]
MATCH (f:Firm {id: $firm})-[:SUPPLIES|COOPERATES_WITH]-(m)
WHERE m <> f
WITH DISTINCT m
MATCH (m)-[:SUPPLIES|COOPERATES_WITH]-(a:Firm)
WHERE a <> m
WITH DISTINCT a.id AS id, m.id AS introducer
ORDER BY introducer
RETURN id, collect(introducer) AS introducers
