// Export: parent bodies and successors. Parameters: none. Columns: type, from, to, on.
MATCH (a:Agency)-[r:PART_OF|SUCCEEDED_BY]->(b:Agency)
RETURN type(r) AS type, a.id AS from, b.id AS to, toString(r.on) AS on ORDER BY from, type, to
