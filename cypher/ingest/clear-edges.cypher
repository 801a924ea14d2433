// Step 2: edges these sources contributed (document relations, issuers, jurisdictions), found from the documents
// they state or cite. Parameters: $files [file name]. Columns: none.
CYPHER replan=skip
UNWIND $files AS file
MATCH (:Source {file: file})-[:STATES|CITES]->(d:Document)-[r]-()
WHERE r.source = file
WITH DISTINCT r
DELETE r
