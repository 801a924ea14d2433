// Documents that citations without a date could mean, for many citations at once: same jurisdiction, kind and
// number. Parameters: $keys [[jurisdiction, kind, number]]. Columns: key (as given), id, issuedOn.
CYPHER replan=skip
UNWIND $keys AS key
MATCH (d:Document {jurisdiction: key[0], kind: key[1], number: key[2]})
RETURN key, d.id AS id, d.issuedOn AS issuedOn
