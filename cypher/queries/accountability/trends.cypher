// Is an agency getting better? Per lead agency and per quarter of the deadline, of the tasks that fell due in that
// quarter (deadline in it, on or before $asOf), how many were done by their deadline, done later, or are not done on
// $asOf. The completion and scope rules are those of overdue.cypher (a completion recorded by hand wins over the
// fulfilling document; a completion after $asOf is not known; a merged unit's tasks done before the merger stay its).
// Parameters: $asOf (YYYY-MM-DD), $jurisdiction (null = all), $agency (null = every agency), $predecessors [{name, on}].
// Columns: agency {id, name} (null: tasks naming no lead), year, quarter, due, onTime, late, notDone.
WITH CASE WHEN $jurisdiction IS NULL THEN null
  ELSE [$jurisdiction] + [p IN $predecessors WHERE p.on <= $asOf | p.name] END AS scope
MATCH (d:Document)-[:HAS_TASK]->(t:Task)
WHERE (scope IS NULL OR d.jurisdiction IN scope) AND d.setOn IS NOT NULL AND d.setOn <= $asOf
  AND t.deadline IS NOT NULL AND toString(t.deadline) <= $asOf
  AND ($agency IS NULL OR EXISTS { (t)-[:LEAD_UNIT]->(:Agency {id: $agency}) })
WITH t, toString(t.deadline) AS deadline,
  [p IN $predecessors WHERE p.name = d.jurisdiction | p.on][0] AS mergedOn,
  coalesce(toString(t.completedOn), COLLECT {
    MATCH (t)-[r:FULFILLED_BY]->(f:Document)
    WHERE t.fulfilment IS NULL OR (t.fulfilment = 'MANUAL' AND r.auto = false)
    RETURN f.issuedOn ORDER BY f.issuedOn LIMIT 1
  }[0]) AS completedOn
WHERE mergedOn IS NULL OR completedOn IS NULL OR completedOn >= mergedOn
WITH t, deadline, CASE WHEN completedOn <= $asOf THEN completedOn END AS done
OPTIONAL MATCH (t)-[:LEAD_UNIT]->(a:Agency)
WITH a, t.deadline.year AS year, t.deadline.quarter AS quarter,
  CASE WHEN done IS NULL THEN 'notDone' WHEN done <= deadline THEN 'onTime' ELSE 'late' END AS outcome
WITH a, year, quarter, outcome, count(*) AS n
WITH a, year, quarter,
  sum(n) AS due,
  sum(CASE outcome WHEN 'onTime' THEN n ELSE 0 END) AS onTime,
  sum(CASE outcome WHEN 'late' THEN n ELSE 0 END) AS late,
  sum(CASE outcome WHEN 'notDone' THEN n ELSE 0 END) AS notDone
RETURN CASE WHEN a IS NULL THEN null ELSE {id: a.id, name: a.name} END AS agency, year, quarter, due, onTime, late,
  notDone
ORDER BY agency.name, year, quarter
