// Export: relations between documents. Parameters: none. Columns: type, from, to, source, line.
MATCH (a:Document)-[r]->(b:Document)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.source AS source, r.line AS line
ORDER BY from, type, to, line
