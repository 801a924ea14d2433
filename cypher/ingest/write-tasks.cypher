// Tasks of documents with their lead, coordinators and due quarter. MERGE: a document stated by two files keeps one
// set of tasks. Parameters: $tasks [{id, file, document, props, lead, coordinating, quarter {id, year, quarter}}].
// Columns: none.
CYPHER replan=skip
UNWIND $tasks AS t
MATCH (d:Document {id: t.document})
MERGE (n:Task {id: t.id})
SET n += t.props, n.source = t.file
MERGE (d)-[:HAS_TASK]->(n)
WITH n, t
CALL (n, t) {
  MATCH (lead:Agency {id: t.lead})
  MERGE (n)-[r:LEAD_UNIT]->(lead)
  SET r.source = t.file
}
CALL (n, t) {
  UNWIND t.coordinating AS cid
  MATCH (c:Agency {id: cid})
  MERGE (c)-[r:COORDINATES]->(n)
  SET r.source = t.file
}
CALL (n, t) {
  WITH t WHERE t.quarter IS NOT NULL
  MERGE (q:Quarter {id: t.quarter.id})
    ON CREATE SET q.year = t.quarter.year, q.quarter = t.quarter.quarter
  MERGE (n)-[:DUE_IN]->(q)
}
