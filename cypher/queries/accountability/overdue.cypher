// Per agency (lead unit) of a jurisdiction, how many tasks are OVERDUE, DONE_LATE, DONE_ON_TIME, PENDING, OPEN and
// UNDATED (its document's issue date neither written nor inferable: reported apart) on a day. Counted in the database, so the answer does not grow with the number of tasks; the status rule is that of
// task/TaskStatus.java written in Cypher, and TaskStatusCypherIT checks the two agree on random tasks.
// A task counts from its document's d.setOn: the issue date, or the day inferred from what the text says when it gives
// no full date (extract/structure/IssueDates: a month in the header counts from its last day). Dates are compared as
// ISO strings.
// From the day of a merger a jurisdiction's answer includes the tasks of the units merged into it that were not done
// before that day ($predecessors, agency/Mergers.java), each counted under the agency its document names, with the
// agency responsible now (responsible: its successor on the day asked, as queries/agencies/responsible).
// Parameters: $asOf (YYYY-MM-DD), $jurisdiction (null = all), $predecessors [{name, on}] (units merged into it).
// Columns: agency {id, name} (null: tasks naming no lead), overdue, doneLate, doneOnTime, pending, open, undated,
//          responsible {id, name, on} (null: the agency itself).
WITH CASE WHEN $jurisdiction IS NULL THEN null
  ELSE [$jurisdiction] + [p IN $predecessors WHERE p.on <= $asOf | p.name] END AS scope
MATCH (d:Document)-[:HAS_TASK]->(t:Task)
WHERE (scope IS NULL OR d.jurisdiction IN scope) AND (d.setOn IS NULL OR d.setOn <= $asOf)
WITH t, d.setOn AS setOn, toString(t.deadline) AS deadline,
  [p IN $predecessors WHERE p.name = d.jurisdiction | p.on][0] AS mergedOn,
  coalesce(toString(t.completedOn), COLLECT {
    MATCH (t)-[r:FULFILLED_BY]->(f:Document)
    WHERE t.fulfilment IS NULL OR (t.fulfilment = 'MANUAL' AND r.auto = false)
    RETURN f.issuedOn ORDER BY f.issuedOn LIMIT 1
  }[0]) AS completedOn
// A predecessor's task done before the merger stays in that unit's history.
WHERE mergedOn IS NULL OR completedOn IS NULL OR completedOn >= mergedOn
WITH t, setOn, deadline, CASE WHEN completedOn <= $asOf THEN completedOn END AS done
WITH t, CASE
    WHEN done IS NOT NULL THEN CASE WHEN deadline IS NULL OR done <= deadline THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END
    WHEN setOn IS NULL THEN 'UNDATED'
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
  sum(CASE status WHEN 'OPEN' THEN n ELSE 0 END) AS open,
  sum(CASE status WHEN 'UNDATED' THEN n ELSE 0 END) AS undated
RETURN CASE WHEN a IS NULL THEN null ELSE {id: a.id, name: a.name} END AS agency,
  overdue, doneLate, doneOnTime, pending, open, undated,
  CASE WHEN a IS NULL THEN null ELSE COLLECT {
    MATCH p = (a)-[:SUCCEEDED_BY*1..4]->(s:Agency)
    WHERE all(r IN relationships(p) WHERE r.on <= date($asOf))
    RETURN {id: s.id, name: s.name, on: toString(last(relationships(p)).on)} AS successor
    ORDER BY length(p) DESC LIMIT 1
  }[0] END AS responsible
ORDER BY overdue DESC, doneLate DESC, agency.name
