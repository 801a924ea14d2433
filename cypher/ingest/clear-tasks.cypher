// Step 1 of replacing a source's facts: the tasks of the documents it states.
// Parameters: $file. Columns: none.
MATCH (:Source {file: $file})-[:STATES]->(:Document)-[:HAS_TASK]->(t:Task)
DETACH DELETE t
