// Export: completions and corrections recorded by people (PATCH /api/tasks/{id}), attached or not. Parameters: none.
// Columns: id, task, document, titleKey, by, at, note, changed, completedOn, fulfilment, fulfilledBy, deadline,
//          evidence, previousStatus, previousCompletedOn, previousFulfilledBy, previousDeadline, previousEvidence, orphanedAt.
MATCH (u:TaskUpdate)
RETURN u.id AS id, u.task AS task, u.document AS document, u.titleKey AS titleKey, u.by AS by, toString(u.at) AS at,
  u.note AS note, u.changed AS changed, toString(u.completedOn) AS completedOn, u.fulfilment AS fulfilment,
  u.fulfilledBy AS fulfilledBy, toString(u.deadline) AS deadline, u.evidence AS evidence,
  u.previousStatus AS previousStatus, u.previousCompletedOn AS previousCompletedOn,
  u.previousFulfilledBy AS previousFulfilledBy, u.previousDeadline AS previousDeadline,
  u.previousEvidence AS previousEvidence, toString(u.orphanedAt) AS orphanedAt
ORDER BY id
