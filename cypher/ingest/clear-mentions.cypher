// Step 4: where these sources stated or cited documents; documents they stated lose their text until restated.
// Parameters: $files [file name]. Columns: touched (ids of the documents they mentioned).
CYPHER replan=skip
UNWIND $files AS file
MATCH (s:Source {file: file})-[m:STATES|CITES]->(d:Document)
SET d.hasText = CASE WHEN type(m) = 'STATES' THEN false ELSE d.hasText END
DELETE m
RETURN collect(DISTINCT d.id) AS touched
