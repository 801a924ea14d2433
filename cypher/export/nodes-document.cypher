// Export: documents. Parameters: none. Columns: id, label, kind, number, name, issuedOn, year, issuer, jurisdiction, title, signer, hasText,
// titleAsWritten, setOn, setOnBasis.
MATCH (d:Document)
RETURN d.id AS id, [l IN labels(d) WHERE l <> 'Document'][0] AS label, d.kind AS kind, d.number AS number, d.name AS name,
  d.issuedOn AS issuedOn, d.year AS year, d.issuer AS issuer, d.jurisdiction AS jurisdiction, d.title AS title,
  d.signer AS signer, d.hasText AS hasText, d.titleAsWritten AS titleAsWritten, d.setOn AS setOn,
  d.setOnBasis AS setOnBasis
ORDER BY id
