// Whether a node with this id exists. Parameters: $id, $label. Columns: found.
OPTIONAL MATCH (n:$($label) {id: $id})
RETURN n IS NOT NULL AS found
