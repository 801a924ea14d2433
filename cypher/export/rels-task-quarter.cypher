// Export: due quarters. Parameters: none. Columns: type, from, to.
MATCH (a:Task)-[r:DUE_IN]->(b:Quarter)
RETURN type(r) AS type, a.id AS from, b.id AS to ORDER BY from, to
