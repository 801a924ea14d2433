// An ingested source file by name. Parameters: $file. Columns: file, sha256, pages (the line each page starts on; empty
// for a source without pages), name (as uploaded, or null), documents [{id, kind, number, title}] (those it states, in
// the order of their first line).
MATCH (s:Source {file: $file})
RETURN s.file AS file, s.sha256 AS sha256, coalesce(s.pages, []) AS pages, s.name AS name,
  COLLECT {
    MATCH (s)-[m:STATES]->(d:Document)
    WITH d, coalesce(m.line, m.lines[0]) AS line
    ORDER BY line
    RETURN d {.id, .kind, .number, .title}
  } AS documents
