// Export: tasks. Parameters: none.
// Columns: id, title, output, recurrence, section, line, leadName, leadKnown, coordinatingNames, deadline, dueYear, dueQuarter, dueMonth, dueDay, source.
MATCH (t:Task)
RETURN t.id AS id, t.title AS title, t.output AS output, t.recurrence AS recurrence, t.section AS section, t.line AS line,
  t.leadName AS leadName, t.leadKnown AS leadKnown, t.coordinatingNames AS coordinatingNames, toString(t.deadline) AS deadline,
  t.dueYear AS dueYear, t.dueQuarter AS dueQuarter, t.dueMonth AS dueMonth, t.dueDay AS dueDay, t.source AS source
ORDER BY id
