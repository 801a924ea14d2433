// What the status of every task of a jurisdiction depends on, for the overdue report's in-process read model
// (accountability/OverdueCounts.java), which applies task/TaskStatus.java to these rows for any day asked. The rows are
// those of overdue.cypher before a day is chosen (a task counts once per lead, like there); tasks with the same inputs
// are counted together. The completion rule is that of tasks.cypher: a completion recorded by hand wins over the
// automatic fulfilment match; of several fulfilling documents the earliest counts.
// Parameters: $jurisdiction (null = all).
// Columns: lead (agency id, null: no lead), leadName, setOn (the day the document's tasks count from, YYYY-MM-DD, or
//          null: issue date unknown),
//          deadline (YYYY-MM-DD or null), completedOn (day, month or year, or null), tasks.
MATCH (d:Document)-[:HAS_TASK]->(t:Task)
WHERE $jurisdiction IS NULL OR d.jurisdiction = $jurisdiction
OPTIONAL MATCH (t)-[:LEAD_UNIT]->(a:Agency)
WITH a, d.setOn AS setOn, toString(t.deadline) AS deadline,
  coalesce(toString(t.completedOn), COLLECT {
    MATCH (t)-[r:FULFILLED_BY]->(f:Document)
    WHERE t.fulfilment IS NULL OR (t.fulfilment = 'MANUAL' AND r.auto = false)
    RETURN f.issuedOn ORDER BY f.issuedOn LIMIT 1
  }[0]) AS completedOn
RETURN a.id AS lead, a.name AS leadName, setOn, deadline, completedOn, count(*) AS tasks
