// What every task's status on a day depends on, one row per task, for relabelling all tasks in batches
// (explore/TaskStatusLabels.java applies task/TaskStatus.java to these rows): the day its document's tasks count from,
// its deadline, its completion (a completion recorded by hand wins over the automatic fulfilment match; of several
// fulfilling documents the earliest counts, as in queries/accountability/status-inputs).
// Parameters: none. Columns: id, setOn (YYYY-MM-DD or null), deadline (YYYY-MM-DD or null), completedOn (day, month or
// year, or null).
MATCH (d:Document)-[:HAS_TASK]->(t:Task)
RETURN t.id AS id, d.setOn AS setOn, toString(t.deadline) AS deadline,
  coalesce(toString(t.completedOn), COLLECT {
    MATCH (t)-[r:FULFILLED_BY]->(f:Document)
    WHERE t.fulfilment IS NULL OR (t.fulfilment = 'MANUAL' AND r.auto = false)
    RETURN f.issuedOn ORDER BY f.issuedOn LIMIT 1
  }[0]) AS completedOn
