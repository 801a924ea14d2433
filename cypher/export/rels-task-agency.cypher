// Export: lead units. Parameters: none. Columns: type, from, to, source.
MATCH (a:Task)-[r:LEAD_UNIT]->(b:Agency)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.source AS source ORDER BY from, to
