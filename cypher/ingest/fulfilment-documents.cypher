// Documents of one jurisdiction that could fulfil a task: those with a title.
// Parameters: $jurisdiction. Columns: id, kind, title, issuedOn.
MATCH (d:Document {jurisdiction: $jurisdiction})
WHERE d.title IS NOT NULL
RETURN d.id AS id, d.kind AS kind, d.title AS title, d.issuedOn AS issuedOn
