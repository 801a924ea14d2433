// Completions and corrections recorded by people (PATCH /api/tasks/{id}): one node per change, found again after a
// re-ingest by the task's document and title. Tasks written before this version get the deadline they were read with.
CREATE CONSTRAINT task_update_id IF NOT EXISTS FOR (u:TaskUpdate) REQUIRE u.id IS UNIQUE;
CREATE INDEX task_update_key IF NOT EXISTS FOR (u:TaskUpdate) ON (u.document, u.titleKey);
MATCH (t:Task) WHERE t.deadlineRead IS NULL AND t.deadline IS NOT NULL SET t.deadlineRead = t.deadline;
