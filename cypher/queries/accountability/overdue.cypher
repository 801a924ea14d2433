// Per agency (lead unit) of a jurisdiction, how many tasks are OVERDUE, DONE_LATE, DONE_ON_TIME, PENDING and OPEN on
// a day. Counted in the database, so the answer does not grow with the number of tasks; the status rule is that of
// task/TaskStatus.java written in Cypher, and TaskStatusCypherIT checks the two agree on random tasks.
// Dates are compared as ISO strings: an issue date known to the month ('2021-08') sorts before every day of that
// month, i.e. counts from its first day, as TaskStatus.start does.
// Parameters: $asOf (YYYY-MM-DD), $jurisdiction (null = all).
// Columns: agency {id, name} (null: tasks naming no lead), overdue, doneLate, doneOnTime, pending, open.
MATCH (d:Document)-[:HAS_TASK]->(t:Task)
WHERE ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction) AND (d.issuedOn IS NULL OR d.issuedOn <= $asOf)
WITH t, toString(t.deadline) AS deadline,
  coalesce(toString(t.completedOn), COLLECT {
    MATCH (t)-[r:FULFILLED_BY]->(f:Document)
    WHERE t.fulfilment IS NULL OR (t.fulfilment = 'MANUAL' AND r.auto = false)
    RETURN f.issuedOn ORDER BY f.issuedOn LIMIT 1
  }[0]) AS completedOn
WITH t, deadline, CASE WHEN completedOn <= $asOf THEN completedOn END AS done
WITH t, CASE
    WHEN done IS NOT NULL THEN CASE WHEN deadline IS NULL OR done <= deadline THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END
    WHEN deadline IS NULL THEN 'OPEN'
    WHEN deadline < $asOf THEN 'OVERDUE'
    ELSE 'PENDING'
  END AS status
OPTIONAL MATCH (t)-[:LEAD_UNIT]->(a:Agency)
WITH a, status, count(*) AS n
WITH a,
  sum(CASE status WHEN 'OVERDUE' THEN n ELSE 0 END) AS overdue,
  sum(CASE status WHEN 'DONE_LATE' THEN n ELSE 0 END) AS doneLate,
  sum(CASE status WHEN 'DONE_ON_TIME' THEN n ELSE 0 END) AS doneOnTime,
  sum(CASE status WHEN 'PENDING' THEN n ELSE 0 END) AS pending,
  sum(CASE status WHEN 'OPEN' THEN n ELSE 0 END) AS open
RETURN CASE WHEN a IS NULL THEN null ELSE {id: a.id, name: a.name} END AS agency,
  overdue, doneLate, doneOnTime, pending, open
ORDER BY overdue DESC, doneLate DESC, agency.name
