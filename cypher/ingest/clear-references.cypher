// Step 3: unresolved references read from these sources. Parameters: $files [file name]. Columns: none.
CYPHER replan=skip
UNWIND $files AS file
MATCH (u:Reference {source: file})
DETACH DELETE u
