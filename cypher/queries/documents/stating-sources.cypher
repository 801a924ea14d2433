// The sources that state a document (the files to take back to remove it), and whether it exists at all.
// Parameters: $id. Columns: exists, files [file name].
OPTIONAL MATCH (d:Document {id: $id})
RETURN d IS NOT NULL AS exists, COLLECT { MATCH (s:Source)-[:STATES]->(d) RETURN s.file ORDER BY s.file } AS files
