// Export: which task each recorded change belongs to. Parameters: none. Columns: type, from, to.
MATCH (t:Task)-[r:HAS_UPDATE]->(u:TaskUpdate)
RETURN type(r) AS type, t.id AS from, u.id AS to ORDER BY from, to
