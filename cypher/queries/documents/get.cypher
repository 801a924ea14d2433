// One document with where it is stated or cited, what it implements and what implements it, and its tasks.
// Parameters: $id. Columns: document, sources [{file, line, kind}], implements, implementedBy, tasks.
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (s:Source)-[m:STATES|CITES]->(d)
  RETURN collect(CASE WHEN m IS NULL THEN null
    ELSE {file: s.file, line: coalesce(m.line, m.lines[0]), kind: type(m)} END) AS sources
}
CALL (d) {
  OPTIONAL MATCH (d)-[r:IMPLEMENTS|BASED_ON|SUPERSEDES|GUIDES|AMENDS]->(x:Document)
  RETURN collect(DISTINCT CASE WHEN x IS NULL THEN null
    ELSE {id: x.id, kind: x.kind, number: x.number, title: x.title, relation: type(r)} END) AS implements
}
CALL (d) {
  OPTIONAL MATCH (d)<-[r:IMPLEMENTS|BASED_ON|SUPERSEDES|GUIDES|AMENDS]-(x:Document)
  RETURN collect(DISTINCT CASE WHEN x IS NULL THEN null
    ELSE {id: x.id, kind: x.kind, number: x.number, title: x.title, relation: type(r)} END) AS implementedBy
}
CALL (d) {
  OPTIONAL MATCH (d)-[:HAS_TASK]->(t:Task)
  OPTIONAL MATCH (t)-[:LEAD_UNIT]->(a:Agency)
  WITH t, a ORDER BY t.line
  RETURN collect(CASE WHEN t IS NULL THEN null
    ELSE {id: t.id, title: t.title, lead: a.name, deadline: toString(t.deadline), line: t.line,
    lastLine: t.lastLine} END) AS tasks
}
RETURN d {.id, .kind, .number, .name, .issuedOn, .issuer, .jurisdiction, .title, .titleAsWritten, .signer, .hasText}
  AS document,
  sources, implements, implementedBy, tasks
