// Export: provenance mentions. Parameters: none. Columns: type, from, to, line, lines, document, citedAt.
MATCH (a:Source)-[r:STATES|CITES]->(b:Document)
RETURN type(r) AS type, a.file AS from, b.id AS to, r.line AS line, r.lines AS lines, r.document AS document,
  r.citedAt AS citedAt
ORDER BY from, type, to, line
