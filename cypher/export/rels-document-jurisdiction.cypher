// Export: document jurisdictions. Parameters: none. Columns: type, from, to, source.
MATCH (a:Document)-[r:IN]->(b:Jurisdiction)
RETURN type(r) AS type, a.id AS from, b.name AS to, r.source AS source ORDER BY from, to
