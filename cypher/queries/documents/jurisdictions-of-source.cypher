// The jurisdictions of the documents a source file states: where an upload of it may have changed task statuses.
// Parameters: $file. Columns: jurisdiction.
MATCH (:Source {file: $file})-[:STATES]->(d:Document)
WHERE d.jurisdiction IS NOT NULL
RETURN DISTINCT d.jurisdiction AS jurisdiction
