// Step 1 of replacing sources' facts: the tasks of the documents they state.
// Parameters: $files [file name]. Columns: none.
CYPHER replan=skip
UNWIND $files AS file
MATCH (:Source {file: file})-[:STATES]->(:Document)-[:HAS_TASK]->(t:Task)
WITH DISTINCT t
DETACH DELETE t
