// Step 4: where this source stated or cited documents; documents it stated lose their text until restated.
// Parameters: $file. Columns: touched (ids of the documents it mentioned).
MATCH (s:Source {file: $file})-[m:STATES|CITES]->(d:Document)
SET d.hasText = CASE WHEN type(m) = 'STATES' THEN false ELSE d.hasText END
DELETE m
RETURN collect(DISTINCT d.id) AS touched
