// The content hash recorded for a source file, to skip re-ingesting identical content.
// Parameters: $file (file name). Columns: sha256 (null when never ingested).
OPTIONAL MATCH (s:Source {file: $file})
RETURN s.sha256 AS sha256
