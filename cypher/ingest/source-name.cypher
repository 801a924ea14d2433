// The name an uploaded file was given, where the stored file name differs from it (spaces and signs made "_"), so
// that a reader is shown the name they know. Parameters: $file, $name. Columns: none.
MATCH (s:Source {file: $file})
SET s.name = $name
