// Replaces the automatic fulfilment links of the given tasks: FULFILLED_BY {score} where one document clearly
// matches, FULFILMENT_CANDIDATE {score} where several are close. Links recorded by hand (auto = false) stay.
// Parameters: $tasks [id], $links [{task, document, score}], $candidates [{task, document, score}], $jurisdiction,
// $last (the last batch of the jurisdiction: clears its fulfilmentPending mark if it is still $mark,
// the one seen when the recomputation started; null = none). Columns: none.
// The hint and replan=skip keep the plan an index seek per task: planned on a small graph (the seeds), the
// planner would rather scan the whole Task(id) index once per task, quadratic in the number of tasks.
CYPHER replan=skip
CALL () {
  UNWIND $tasks AS id
  MATCH (t:Task {id: id})-[r:FULFILLED_BY|FULFILMENT_CANDIDATE]->()
  USING INDEX SEEK t:Task(id)
  WHERE coalesce(r.auto, true)
  DELETE r
}
CALL () {
  UNWIND $links AS l
  MATCH (t:Task {id: l.task}), (d:Document {id: l.document})
  CREATE (t)-[:FULFILLED_BY {score: l.score, auto: true}]->(d)
}
CALL () {
  UNWIND $candidates AS c
  MATCH (t:Task {id: c.task}), (d:Document {id: c.document})
  CREATE (t)-[:FULFILMENT_CANDIDATE {score: c.score, auto: true}]->(d)
}
CALL () {
  WITH $last AS last WHERE last
  MATCH (j:Jurisdiction {name: $jurisdiction})
  WHERE j.fulfilmentPending = $mark
  REMOVE j.fulfilmentPending
}
