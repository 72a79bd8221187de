// Withdraws an invitation: its link stops working.
// $id
// columns: id
MATCH (i:Invitation {id: $id})
WITH i, i.id AS id
DELETE i
RETURN id
