// Labels some tasks with their status on a day (Overdue, DoneLate, DoneOnTime, Pending, Open, Undated), for Neo4j
// Browser's style (cypher/style/directive-graph.grass colours tasks by these labels): every task, a batch at a time,
// each night and at start; after a change recorded through the API only the tasks it touched. Only tasks whose labels
// change are written. Parameters: $status {taskId: label} (a task missing from it has no
// status that day), $ids [task id], $labels (every status label). Columns: changed.
UNWIND $ids AS id
MATCH (t:Task {id: id})
WITH t, $status[t.id] AS wanted, [l IN labels(t) WHERE l IN $labels] AS current
WITH t, CASE WHEN wanted IS NULL THEN [] ELSE [wanted] END AS target, current
WHERE current <> target
REMOVE t:Overdue:DoneLate:DoneOnTime:Pending:Open:Undated
SET t:$(target)
RETURN count(t) AS changed
