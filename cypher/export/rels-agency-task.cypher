// Export: coordinating agencies. Parameters: none. Columns: type, from, to, source.
MATCH (a:Agency)-[r:COORDINATES]->(b:Task)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.source AS source ORDER BY from, to
