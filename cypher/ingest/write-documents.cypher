// Documents whose text the source holds: one node per real document (id = jurisdiction + kind + number + year),
// labelled by kind, stated by the source at the given lines.
// Parameters: $documents [{id, file, labels, props, lines, jurisdiction, issuer}]. Columns: none.
CYPHER replan=skip
UNWIND $documents AS doc
MATCH (s:Source {file: doc.file})
MERGE (d:Document {id: doc.id})
SET d += doc.props, d.hasText = true
SET d:$(doc.labels)
MERGE (s)-[m:STATES]->(d)
SET m.lines = doc.lines
MERGE (j:Jurisdiction {name: doc.jurisdiction})
CREATE (d)-[:IN {source: doc.file}]->(j)
WITH d, doc
WHERE doc.issuer IS NOT NULL
MATCH (a:Agency {id: doc.issuer})
CREATE (d)-[:ISSUED_BY {source: doc.file}]->(a)
