// Export: tasks. Parameters: none.
// Columns: id, title, titleKey, output, recurrence, section, line, lastLine, leadName, leadKnown, coordinatingNames, deadline,
//          deadlineRead, deadlineCorrected, dueYear, dueQuarter, dueMonth, dueDay, source, completedOn, fulfilment,
//          evidence, updatedBy, updatedAt, titleAsWritten, conflicts.
MATCH (t:Task)
RETURN t.id AS id, t.title AS title, t.titleKey AS titleKey, t.output AS output, t.recurrence AS recurrence,
  t.section AS section, t.line AS line, t.lastLine AS lastLine, t.leadName AS leadName, t.leadKnown AS leadKnown,
  t.coordinatingNames AS coordinatingNames, toString(t.deadline) AS deadline, toString(t.deadlineRead) AS deadlineRead,
  t.deadlineCorrected AS deadlineCorrected, t.dueYear AS dueYear, t.dueQuarter AS dueQuarter, t.dueMonth AS dueMonth,
  t.dueDay AS dueDay, t.source AS source, toString(t.completedOn) AS completedOn, t.fulfilment AS fulfilment,
  t.evidence AS evidence, t.updatedBy AS updatedBy, toString(t.updatedAt) AS updatedAt,
  t.titleAsWritten AS titleAsWritten, t.conflicts AS conflicts
ORDER BY id
