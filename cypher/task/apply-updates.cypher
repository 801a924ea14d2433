// Makes tasks show the latest change people recorded for them: completion date, fulfilment (null = automatic,
// MANUAL = only the document named by hand, NONE = not fulfilled whatever the automatic match says), corrected
// deadline (and its quarter), evidence. Used after a PATCH and after a re-ingest re-created the tasks.
// Parameters: $tasks [task id]. Columns: none.
CYPHER replan=skip
UNWIND $tasks AS id
MATCH (t:Task {id: id})-[:HAS_UPDATE]->(u:TaskUpdate)
WITH t, u ORDER BY u.at DESC
WITH t, head(collect(u)) AS last
SET t.completedOn = last.completedOn, t.fulfilment = last.fulfilment, t.evidence = last.evidence,
  t.deadline = coalesce(last.deadline, t.deadlineRead), t.deadlineCorrected = last.deadline IS NOT NULL,
  t.updatedBy = last.by, t.updatedAt = last.at
WITH t, last
CALL (t, last) {
  MATCH (t)-[r:FULFILLED_BY {auto: false}]->(f:Document)
  WHERE last.fulfilledBy IS NULL OR f.id <> last.fulfilledBy
  DELETE r
}
CALL (t, last) {
  WITH t, last WHERE last.fulfilledBy IS NOT NULL
  MATCH (f:Document {id: last.fulfilledBy})
  MERGE (t)-[r:FULFILLED_BY {auto: false}]->(f)
  SET r.by = last.by, r.at = last.at
}
CALL (t) {
  MATCH (t)-[d:DUE_IN]->(:Quarter)
  DELETE d
}
CALL (t) {
  WITH t WHERE t.deadline IS NOT NULL
  WITH t, t.deadline.year AS year, (t.deadline.month - 1) / 3 + 1 AS quarter
  MERGE (q:Quarter {id: toString(year) + '-q' + toString(quarter)})
    ON CREATE SET q.year = year, q.quarter = quarter
  MERGE (t)-[:DUE_IN]->(q)
}
