// Export: issuers. Parameters: none. Columns: type, from, to, source.
MATCH (a:Document)-[r:ISSUED_BY]->(b:Agency)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.source AS source ORDER BY from, to
