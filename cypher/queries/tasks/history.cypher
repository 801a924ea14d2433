// The changes people recorded for a task, newest first, each with the values it replaced.
// Parameters: $task. Columns: at, by, changed [field], note, status/completedOn/fulfilledBy/deadline/evidence after
//          the change (status: DONE, NOT_DONE or null = as the documents say), previous {status, completedOn,
//          fulfilledBy, deadline, evidence}.
MATCH (:Task {id: $task})-[:HAS_UPDATE]->(u:TaskUpdate)
RETURN toString(u.at) AS at, u.by AS by, u.changed AS changed, u.note AS note,
  CASE u.fulfilment WHEN 'NONE' THEN 'NOT_DONE'
    ELSE CASE WHEN u.completedOn IS NOT NULL OR u.fulfilledBy IS NOT NULL THEN 'DONE' END END AS status,
  toString(u.completedOn) AS completedOn, u.fulfilledBy AS fulfilledBy, toString(u.deadline) AS deadline,
  u.evidence AS evidence,
  {status: u.previousStatus, completedOn: u.previousCompletedOn, fulfilledBy: u.previousFulfilledBy,
   deadline: u.previousDeadline, evidence: u.previousEvidence} AS previous
ORDER BY u.at DESC
