// Labels some tasks with their status on a day, as task-status-labels.cypher does for all (after a change recorded
// through the API: only the tasks it touched). Parameters: $status {taskId: label} (a task missing from it has no
// status that day), $ids [task id], $labels (every status label). Columns: changed.
UNWIND $ids AS id
MATCH (t:Task {id: id})
WITH t, $status[t.id] AS wanted, [l IN labels(t) WHERE l IN $labels] AS current
WITH t, CASE WHEN wanted IS NULL THEN [] ELSE [wanted] END AS target, current
WHERE current <> target
REMOVE t:Overdue:DoneLate:DoneOnTime:Pending:Open
SET t:$(target)
RETURN count(t) AS changed
