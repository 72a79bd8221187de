// A firm's upstream supply network up to $k tiers: each supplier at its nearest tier (one
// breadth-first search), the first $limit by tier and id, and the supply links into the firm and
// into every shown supplier below tier $k (so links closing a cycle show too).
// $firm, $k (1..6), $limit
// columns: total, suppliers [{id, tier}], links [{type, source (supplier), target (buyer), product}]
MATCH (f:Firm {id: $firm})
WITH f, COLLECT {
  MATCH p = ANY SHORTEST (f)<-[:SUPPLIES]-{1,6}(s:Firm)
  WHERE length(p) <= $k AND s <> f
  WITH s, length(p) AS tier
  ORDER BY tier, s.id
  RETURN {id: s.id, tier: tier}
} AS reached
WITH f, size(reached) AS total, reached[0..$limit] AS suppliers
WITH f, total, suppliers, [f.id] + [s IN suppliers | s.id] AS shown,
     [f.id] + [s IN suppliers WHERE s.tier < $k | s.id] AS buyers
RETURN total, suppliers, COLLECT {
  UNWIND buyers AS buyer
  MATCH (:Firm {id: buyer})<-[r:SUPPLIES]-(s:Firm)
  WHERE s.id IN shown
  RETURN {type: 'SUPPLIES', source: s.id, target: buyer, product: r.product}
} AS links
