// Export: ingested files. Parameters: none. Columns: file, sha256, chars, encoding, ingestedAt, format, pages, ocrPages.
MATCH (s:Source)
RETURN s.file AS file, s.sha256 AS sha256, s.chars AS chars, s.encoding AS encoding, toString(s.ingestedAt) AS ingestedAt,
  s.format AS format, s.pages AS pages, coalesce(s.ocrPages, []) AS ocrPages
ORDER BY file
