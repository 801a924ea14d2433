// After sources' tasks were re-created: the changes people recorded for them find their task again, by document and
// folded title (a task keeps its id when it has the same title; an edited document may renumber its tasks).
// Changes whose task is gone stay in the graph, unattached, with the id they were made on.
// Parameters: $files [file name]. Columns: tasks [task id] that have changes (for apply-updates).
CYPHER replan=skip
// Most graphs have no recorded change at all (a bulk load): then nothing is looked up per task. count() of a label is
// read from the count store.
MATCH (any:TaskUpdate)
WITH count(any) AS updates
WHERE updates > 0
UNWIND $files AS file
MATCH (:Source {file: file})-[:STATES]->(d:Document)-[:HAS_TASK]->(t:Task)
WITH DISTINCT d, t
MATCH (u:TaskUpdate {document: d.id, titleKey: t.titleKey})
USING INDEX SEEK u:TaskUpdate(document, titleKey)
// No label on the other task (HAS_TASK only ever leads to one): the check expands from the document instead of
// scanning an index of every task, which the planner may prefer on a small graph.
WHERE u.task = t.id OR NOT EXISTS { (d)-[:HAS_TASK]->(other) WHERE other.id = u.task AND other.titleKey = t.titleKey }
MERGE (t)-[:HAS_UPDATE]->(u)
SET u.task = t.id, u.orphanedAt = null
RETURN collect(DISTINCT t.id) AS tasks
