// The same as a table: each task of a program with its section, lead agency and deadline, the earliest due first.
// Parameters: none (edit the number). Columns: section, task, lead, deadline, due, line.
MATCH (:Program {number: '50-CTr/TU', jurisdiction: 'Hậu Giang'})-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH (t)-[:LEAD_UNIT]->(a:Agency)
RETURN t.section AS section, t.title AS task, a.name AS lead, t.deadline AS deadline,
  CASE WHEN t.dueQuarter IS NOT NULL THEN 'quý ' + t.dueQuarter + '/' + t.dueYear
    WHEN t.dueMonth IS NOT NULL THEN 'tháng ' + t.dueMonth + '/' + t.dueYear
    WHEN t.dueYear IS NOT NULL THEN 'năm ' + t.dueYear END AS due,
  t.line AS line
ORDER BY t.deadline IS NULL, t.deadline, t.line
