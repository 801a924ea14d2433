// Export: each source's reading of a task (what that copy says). Parameters: none.
// Columns: type, from (file), to (task id), title, titleAsWritten, titleKey, output, recurrence, section, line, lastLine,
//          leadName, leadKnown, coordinatingNames, deadline, deadlineRead, dueYear, dueQuarter, dueMonth, dueDay, lead,
//          coordinating.
MATCH (a:Source)-[r:STATES]->(b:Task)
RETURN type(r) AS type, a.file AS from, b.id AS to, r.title AS title, r.titleAsWritten AS titleAsWritten,
  r.titleKey AS titleKey, r.output AS output, r.recurrence AS recurrence, r.section AS section, r.line AS line, r.lastLine AS lastLine,
  r.leadName AS leadName, r.leadKnown AS leadKnown, r.coordinatingNames AS coordinatingNames,
  toString(r.deadline) AS deadline, toString(r.deadlineRead) AS deadlineRead, r.dueYear AS dueYear,
  r.dueQuarter AS dueQuarter, r.dueMonth AS dueMonth, r.dueDay AS dueDay, r.lead AS lead, r.coordinating AS coordinating
ORDER BY from, to
