// The tasks of the documents in a lineage and the document that fulfilled each (a completion recorded by hand wins
// over the automatic match; of several, the earliest).
// No ORDER BY: the rows come in the order of $ids (nearest documents first) and LIMIT stops the work early.
// Parameters: $ids [document id], $max (most rows: the answer is cut at the lineage limit anyway). Columns:
//          document, task {id, kind, title, deadline, type}, fulfilledBy (document node or null).
UNWIND $ids AS id
MATCH (d:Document {id: id})-[:HAS_TASK]->(t:Task)
WITH id, t, COLLECT {
    MATCH (t)-[r:FULFILLED_BY]->(f:Document)
    WHERE t.fulfilment IS NULL OR (t.fulfilment = 'MANUAL' AND r.auto = false)
    RETURN f ORDER BY f.issuedOn LIMIT 1
  }[0] AS f
RETURN id AS document, t {.id, kind: 'TASK', .title, deadline: toString(t.deadline), type: 'Task'} AS task,
  CASE WHEN f IS NULL THEN null ELSE f {.id, .kind, .number, .title, .issuedOn, type: 'Document'} END AS fulfilledBy
LIMIT $max
