// Documents that a citation without a date could mean: same jurisdiction, kind and number.
// Parameters: $jurisdiction, $kind, $number. Columns: id, issuedOn.
MATCH (d:Document {jurisdiction: $jurisdiction, kind: $kind, number: $number})
RETURN d.id AS id, d.issuedOn AS issuedOn
