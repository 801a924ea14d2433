// The automatic fulfilment links of one jurisdiction's tasks as they are stored, to compare with a recomputation
// (only the tasks whose links differ are written). Parameters: $jurisdiction. Columns: task, type, document, score.
MATCH (:Document {jurisdiction: $jurisdiction})-[:HAS_TASK]->(t:Task)-[r:FULFILLED_BY|FULFILMENT_CANDIDATE]->(f:Document)
WHERE coalesce(r.auto, true)
RETURN t.id AS task, type(r) AS type, f.id AS document, r.score AS score
