// Tasks of one jurisdiction whose product is a document, with the issue date of the document that set them.
// Parameters: $jurisdiction. Columns: id, title, output, document, setOn.
MATCH (d:Document {jurisdiction: $jurisdiction})-[:HAS_TASK]->(t:Task)
WHERE t.output IS NOT NULL
RETURN t.id AS id, t.title AS title, t.output AS output, d.id AS document, d.issuedOn AS setOn
