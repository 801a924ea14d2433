// The ingested files themselves. Parameters: $sources [{file, sha256, chars, encoding}]. Columns: none.
CYPHER replan=skip
UNWIND $sources AS src
MERGE (s:Source {file: src.file})
SET s.sha256 = src.sha256, s.chars = src.chars, s.encoding = src.encoding, s.ingestedAt = datetime()
