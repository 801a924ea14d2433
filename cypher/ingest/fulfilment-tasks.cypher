// Tasks of one jurisdiction whose product is a document: of a kind, or a product issued as one ("Bộ tiêu chí …"),
// with the issue date of the document that set them.
// Parameters: $jurisdiction, $products (the openings of product titles, lower case). Columns: id, title, output,
// document, setOn.
MATCH (d:Document {jurisdiction: $jurisdiction})-[:HAS_TASK]->(t:Task)
WHERE t.output IS NOT NULL OR any(p IN $products WHERE toLower(t.title) STARTS WITH p)
RETURN t.id AS id, t.title AS title, t.output AS output, d.id AS document, d.issuedOn AS setOn
