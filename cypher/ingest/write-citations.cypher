// Documents the source cites: a stub (hasText = false) when not ingested yet, completed later by its own text.
// Every citation is a CITES mention with its line (provenance).
// Parameters: $citations [{target, file, labels, props, jurisdiction, line, document, citedAt}]. Columns: none.
CYPHER replan=skip
UNWIND $citations AS c
MATCH (s:Source {file: c.file})
MERGE (t:Document {id: c.target})
  ON CREATE SET t += c.props, t.hasText = false
  ON MATCH SET t.title = coalesce(t.title, c.props.title), t.issuer = coalesce(t.issuer, c.props.issuer),
    t.issuedOn = coalesce(t.issuedOn, c.props.issuedOn)
SET t:$(c.labels)
CREATE (s)-[:CITES {line: c.line, document: c.document, citedAt: c.citedAt}]->(t)
WITH t, c
MERGE (j:Jurisdiction {name: c.jurisdiction})
MERGE (t)-[:IN]->(j)
