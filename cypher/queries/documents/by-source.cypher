// The documents a source file states, in the order they appear. Parameters: $file.
// Columns: id, kind, number, issuedOn, jurisdiction, title, tasks (how many).
MATCH (s:Source {file: $file})-[st:STATES]->(d:Document)
RETURN d.id AS id, d.kind AS kind, d.number AS number, d.issuedOn AS issuedOn, d.jurisdiction AS jurisdiction,
  d.title AS title, COUNT { (d)-[:HAS_TASK]->() } AS tasks
ORDER BY st.lines[0], d.id
