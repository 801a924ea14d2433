// An ingested source file by name. Parameters: $file. Columns: file, sha256.
MATCH (s:Source {file: $file})
RETURN s.file AS file, s.sha256 AS sha256
