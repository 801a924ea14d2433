// The ingested files themselves: name, content hash, length, encoding (or the format the text was read from), media
// type detected from the content, the first line of each page (a PDF; a fact's line gives its page) and the pages read
// by OCR (a scan).
// Parameters: $sources [{file, sha256, chars, encoding, format, pages, ocrPages}]. Columns: none.
CYPHER replan=skip
UNWIND $sources AS src
MERGE (s:Source {file: src.file})
SET s.sha256 = src.sha256, s.chars = src.chars, s.encoding = src.encoding, s.format = src.format,
  s.pages = src.pages, s.ocrPages = src.ocrPages, s.ingestedAt = datetime()
