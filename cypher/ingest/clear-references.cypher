// Step 3: unresolved references read from this source. Parameters: $file. Columns: none.
MATCH (u:Reference {source: $file})
DETACH DELETE u
