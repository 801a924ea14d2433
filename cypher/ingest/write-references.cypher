// Citations that could not be attached to exactly one document (no date, several candidates): kept, never merged.
// The same citation stated on several lines of a file is one reference with all its lines.
// Parameters: $references [{id, file, document, kind, number, name, jurisdiction, line, lines, candidates}]. Columns: none.
CYPHER replan=skip
UNWIND $references AS r
MATCH (d:Document {id: r.document})
CREATE (d)-[:HAS_REFERENCE]->(u:Reference {id: r.id, kind: r.kind, number: r.number, name: r.name,
  jurisdiction: r.jurisdiction, line: r.line, lines: r.lines, source: r.file, candidates: r.candidates})
