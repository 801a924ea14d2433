// The ingested file itself. Parameters: $file, $sha256, $chars, $encoding. Columns: none.
MERGE (s:Source {file: $file})
SET s.sha256 = $sha256, s.chars = $chars, s.encoding = $encoding, s.ingestedAt = datetime()
