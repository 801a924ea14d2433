// The document a lineage starts from. Parameters: $id. Columns: node {id, kind, number, title, issuedOn, type}.
MATCH (d:Document {id: $id})
RETURN d {.id, .kind, .number, .title, .issuedOn, type: 'Document'} AS node
