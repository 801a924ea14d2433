// Tasks whose copies disagree: a document received twice (a scan and a Word file) whose copies name another lead or
// deadline for the same task. The task counts under the lead shown first; each reading is listed with its file and
// line, to settle which copy is right (correct the task by hand or re-ingest the corrected copy).
// Parameters: none. Columns: document, task, conflicts, readings [{file, line, lead, deadline}], currentLead.
MATCH (d:Document)-[:HAS_TASK]->(t:Task)
WHERE t.conflicts IS NOT NULL
OPTIONAL MATCH (t)-[:LEAD_UNIT]->(a:Agency)
RETURN coalesce(d.number, d.title) AS document, t.title AS task, t.conflicts AS conflicts,
  COLLECT { MATCH (s:Source)-[r:STATES]->(t)
    RETURN {file: s.file, line: r.line, lead: r.leadName, deadline: toString(r.deadlineRead)} AS reading
    ORDER BY s.file } AS readings,
  a.name AS currentLead
ORDER BY document, task
LIMIT 100
