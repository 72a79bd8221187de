// A firm's upstream supply network up to $k tiers: each supplier at its nearest tier (one
// breadth-first search), the first $limit by tier and id, and the supply links into the firm and
// into every shown supplier below tier $k (so links closing a cycle show too). A quantifier bound
// cannot be a parameter, so each k has its own branch: the search stops at tier k instead of
// walking six tiers and dropping the deeper ones (about 3x fewer db hits at k = 4).
// Drafts the asker may not see are not listed ($drafts); $confirmedOnly uses only confirmed links.
// $firm, $k (1..6), $limit, $drafts, $confirmedOnly
// columns: total, suppliers [{id, tier}], links [{type, source (supplier), target (buyer), product}]
MATCH (f:Firm {id: $firm})
WITH f, COLLECT {
  CALL (f) {
    WITH f WHERE $k = 1
    MATCH p = ANY SHORTEST (f)<-[r:SUPPLIES WHERE NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']]-{1,1}(s:Firm) RETURN s, length(p) AS tier
    UNION ALL
    WITH f WHERE $k = 2
    MATCH p = ANY SHORTEST (f)<-[r:SUPPLIES WHERE NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']]-{1,2}(s:Firm) RETURN s, length(p) AS tier
    UNION ALL
    WITH f WHERE $k = 3
    MATCH p = ANY SHORTEST (f)<-[r:SUPPLIES WHERE NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']]-{1,3}(s:Firm) RETURN s, length(p) AS tier
    UNION ALL
    WITH f WHERE $k = 4
    MATCH p = ANY SHORTEST (f)<-[r:SUPPLIES WHERE NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']]-{1,4}(s:Firm) RETURN s, length(p) AS tier
    UNION ALL
    WITH f WHERE $k = 5
    MATCH p = ANY SHORTEST (f)<-[r:SUPPLIES WHERE NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']]-{1,5}(s:Firm) RETURN s, length(p) AS tier
    UNION ALL
    WITH f WHERE $k = 6
    MATCH p = ANY SHORTEST (f)<-[r:SUPPLIES WHERE NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified']]-{1,6}(s:Firm) RETURN s, length(p) AS tier
  }
  WITH s, tier WHERE s <> f AND ($drafts IS NULL OR coalesce(s.published, true) OR s.id IN $drafts)
  ORDER BY tier, s.id
  RETURN {id: s.id, tier: tier}
} AS reached
WITH f, size(reached) AS total, reached[0..$limit] AS suppliers
WITH f, total, suppliers, [f.id] + [s IN suppliers | s.id] AS shown,
     [f.id] + [s IN suppliers WHERE s.tier < $k | s.id] AS buyers
RETURN total, suppliers, COLLECT {
  UNWIND buyers AS buyer
  MATCH (:Firm {id: buyer})<-[r:SUPPLIES]-(s:Firm)
  WHERE s.id IN shown AND (NOT $confirmedOnly OR r.standing IN ['confirmed', 'verified'])
  RETURN {type: 'SUPPLIES', source: s.id, target: buyer, product: r.product}
} AS links
