// Tasks not in the graph yet (the usual case: a source's tasks were cleared just before), created with their lead,
// coordinators, due quarter and the source's reading of them (Source-[:STATES]->Task: what this copy says, kept so
// that another copy's reading can be compared and the task rebuilt when a copy goes) without looking for existing
// ones; write-readings handles the others.
// Parameters: $quarters [{id, year, quarter}], $tasks [{id, file, document, props, lead, coordinating (distinct),
// quarter {id}}]. Columns: none.
CYPHER replan=skip
CALL () {
  UNWIND $quarters AS q
  MERGE (n:Quarter {id: q.id})
    ON CREATE SET n.year = q.year, n.quarter = q.quarter
}
UNWIND $tasks AS t
MATCH (d:Document {id: t.document})
MATCH (s:Source {file: t.file})
CREATE (d)-[:HAS_TASK]->(n:Task {id: t.id})
SET n += t.props, n.source = t.file
CREATE (s)-[r:STATES]->(n)
SET r += t.props, r.lead = t.lead, r.coordinating = t.coordinating
WITH n, t
CALL (n, t) {
  MATCH (lead:Agency {id: t.lead})
  CREATE (n)-[:LEAD_UNIT {source: t.file}]->(lead)
}
CALL (n, t) {
  UNWIND t.coordinating AS cid
  MATCH (c:Agency {id: cid})
  CREATE (c)-[:COORDINATES {source: t.file}]->(n)
}
CALL (n, t) {
  MATCH (q:Quarter {id: t.quarter.id})
  CREATE (n)-[:DUE_IN]->(q)
}
