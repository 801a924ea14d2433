// Step 2: edges this source contributed (document relations, issuers, jurisdictions), found from the documents it
// states or cites. Parameters: $file. Columns: none.
MATCH (:Source {file: $file})-[:STATES|CITES]->(d:Document)-[r]-()
WHERE r.source = $file
DELETE r
