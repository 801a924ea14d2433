// Export: unresolved references. Parameters: none. Columns: id, kind, number, name, jurisdiction, line, lines, source, candidates.
MATCH (r:Reference)
RETURN r.id AS id, r.kind AS kind, r.number AS number, r.name AS name, r.jurisdiction AS jurisdiction, r.line AS line,
  r.lines AS lines, r.source AS source, r.candidates AS candidates
ORDER BY id
