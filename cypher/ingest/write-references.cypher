// Citations that could not be attached to exactly one document (no date, several candidates): kept, never merged.
// Parameters: $file, $references [{id, document, kind, number, name, jurisdiction, line, candidates}]. Columns: none.
UNWIND $references AS r
MATCH (d:Document {id: r.document})
CREATE (d)-[:HAS_REFERENCE]->(u:Reference {id: r.id, kind: r.kind, number: r.number, name: r.name,
  jurisdiction: r.jurisdiction, line: r.line, source: $file, candidates: r.candidates})
