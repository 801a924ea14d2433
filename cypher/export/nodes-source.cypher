// Export: ingested files. Parameters: none. Columns: file, sha256, chars, encoding, ingestedAt, format, pages, ocrPages,
// name (as uploaded, when the stored file name differs).
MATCH (s:Source)
RETURN s.file AS file, s.sha256 AS sha256, s.chars AS chars, s.encoding AS encoding, toString(s.ingestedAt) AS ingestedAt,
  s.format AS format, s.pages AS pages, coalesce(s.ocrPages, []) AS ocrPages, s.name AS name
ORDER BY file
