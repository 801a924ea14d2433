// The content hashes recorded for source files, to skip re-ingesting identical content.
// Parameters: $files [file name]. Columns: file, sha256 (null when never ingested).
CYPHER replan=skip
UNWIND $files AS file
OPTIONAL MATCH (s:Source {file: file})
RETURN file, s.sha256 AS sha256
