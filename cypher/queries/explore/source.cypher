// An ingested source file by name. Parameters: $file. Columns: file, sha256, pages (the line each page starts on; empty
// for a source without pages).
MATCH (s:Source {file: $file})
RETURN s.file AS file, s.sha256 AS sha256, coalesce(s.pages, []) AS pages
