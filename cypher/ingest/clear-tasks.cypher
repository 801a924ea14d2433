// Step 1 of replacing sources' facts: their readings of tasks (Source-[:STATES]->Task). A task no other source states
// any more is deleted (the changes people recorded for it stay, unattached, for reattach-updates); the others are
// recomputed from the readings left (recompute-tasks).
// Parameters: $files [file name]. Columns: remaining [task id] (tasks other sources still state).
CYPHER replan=skip
UNWIND $files AS file
OPTIONAL MATCH (:Source {file: file})-[r:STATES]->(t:Task)
DELETE r
WITH DISTINCT t
CALL (t) {
  WITH t WHERE t IS NOT NULL AND NOT EXISTS { (:Source)-[:STATES]->(t) }
  // Recorded changes stay, unattached since now (reattach-updates attaches them again when the task comes back).
  CALL (t) {
    MATCH (t)-[:HAS_UPDATE]->(u:TaskUpdate)
    SET u.orphanedAt = datetime()
  }
  DETACH DELETE t
}
WITH t WHERE t IS NOT NULL AND EXISTS { (:Source)-[:STATES]->(t) }
RETURN collect(t.id) AS remaining
