// What people have recorded for a task so far (the state a new change starts from), with its document and title key.
// Parameters: $task. Columns: document, titleKey, title, completedOn, fulfilment, fulfilledBy, deadline (corrected
//          deadline or null), evidence.
MATCH (d:Document)-[:HAS_TASK]->(t:Task {id: $task})
OPTIONAL MATCH (t)-[:FULFILLED_BY {auto: false}]->(f:Document)
RETURN d.id AS document, t.titleKey AS titleKey, t.title AS title, t.completedOn AS completedOn,
  t.fulfilment AS fulfilment, head(collect(f.id)) AS fulfilledBy,
  CASE WHEN t.deadlineCorrected THEN t.deadline END AS deadline, t.evidence AS evidence
