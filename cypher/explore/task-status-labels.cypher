// Labels every task with its status on a day (Overdue, DoneLate, DoneOnTime, Pending, Open), for Neo4j Browser's
// style (cypher/style/directive-graph.grass colours tasks by these labels). The status comes from task/TaskStatus.java;
// a task missing from $status (it did not exist yet that day) has none. Only tasks whose labels change are written.
// Parameters: $status {taskId: label}, $labels (every status label). Columns: changed.
MATCH (t:Task)
WITH t, $status[t.id] AS wanted, [l IN labels(t) WHERE l IN $labels] AS current
WITH t, CASE WHEN wanted IS NULL THEN [] ELSE [wanted] END AS target, current
WHERE current <> target
REMOVE t:Overdue:DoneLate:DoneOnTime:Pending:Open:Undated
SET t:$(target)
RETURN count(t) AS changed
