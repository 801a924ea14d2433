// Export: agency jurisdictions. Parameters: none. Columns: type, from, to.
MATCH (a:Agency)-[r:IN]->(b:Jurisdiction)
RETURN type(r) AS type, a.id AS from, b.name AS to ORDER BY from, to
