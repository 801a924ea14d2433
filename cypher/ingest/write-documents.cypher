// Documents whose text the source holds: one node per real document (id = jurisdiction + kind + number + year),
// labelled by kind, stated by the source at the given lines.
// Parameters: $file, $documents [{id, labels, props, lines, jurisdiction, issuer}]. Columns: none.
MATCH (s:Source {file: $file})
UNWIND $documents AS doc
MERGE (d:Document {id: doc.id})
SET d += doc.props, d.hasText = true
SET d:$(doc.labels)
MERGE (s)-[m:STATES]->(d)
SET m.lines = doc.lines
MERGE (j:Jurisdiction {name: doc.jurisdiction})
CREATE (d)-[:IN {source: $file}]->(j)
WITH d, doc
WHERE doc.issuer IS NOT NULL
MATCH (a:Agency {id: doc.issuer})
CREATE (d)-[:ISSUED_BY {source: $file}]->(a)
