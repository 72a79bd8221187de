// Confirms or verifies a link: sets its standing and who did it when ($props). Run in the write's
// transaction with its audit entry.
// $type, $from, $to, $product, $props
// columns: before, after (the link's properties)
MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to})
WHERE $product IS NULL OR r.product = $product
WITH r, properties(r) AS before
LIMIT 1
SET r += $props
RETURN before, properties(r) AS after
