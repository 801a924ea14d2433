// Records one change of a task made by a person, as a (:TaskUpdate) holding the task's resulting manual state and the
// values it replaced. apply-updates then makes the task show it.
// Parameters: $task (task id), $update {id, document, titleKey, by, at, note, changed [field],
//   completedOn, fulfilment, fulfilledBy, deadline, evidence            (the state after the change)
//   previousStatus, previousCompletedOn, previousFulfilledBy, previousDeadline, previousEvidence}.
// Columns: id.
MATCH (t:Task {id: $task})
CREATE (u:TaskUpdate)
SET u = $update, u.task = $task
CREATE (t)-[:HAS_UPDATE]->(u)
RETURN u.id AS id
