// Provenance of a citation: every file and line that cites a document, and the source files as a graph.
// Parameters: none (edit the number). Columns: file, line, cited, source (node), p (path).
MATCH p = (s:Source)-[c:CITES]->(d:Document {number: '29-CT/TW'})
RETURN s.file AS file, c.line AS line, d.title AS cited, p
ORDER BY file, line
