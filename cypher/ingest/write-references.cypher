// Citations that could not be attached to exactly one document (no date, several candidates): kept, never merged.
// Parameters: $references [{id, file, document, kind, number, name, jurisdiction, line, candidates}]. Columns: none.
CYPHER replan=skip
UNWIND $references AS r
MATCH (d:Document {id: r.document})
CREATE (d)-[:HAS_REFERENCE]->(u:Reference {id: r.id, kind: r.kind, number: r.number, name: r.name,
  jurisdiction: r.jurisdiction, line: r.line, source: r.file, candidates: r.candidates})
