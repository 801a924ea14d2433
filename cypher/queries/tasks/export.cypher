// Every task that matches, one row each, streamed (the file exports: CSV, Excel, Word): page.cypher without the page,
// so memory does not grow with the number of tasks. Keep the two alike (ReportFilesIT compares them), but for
// responsible, null here: TaskRows.stream adds it from queries/agencies/responsible, once per agency. The status rule
// is the one of queries/accountability/overdue (task/TaskStatus.java in Cypher; TaskStatusCypherIT checks they agree); the columns are those of
// queries/accountability/tasks, and a completion after the day asked is not known on that day.
// Parameters: $asOf (YYYY-MM-DD), $q (Lucene query over the title and the title as written, or null), $agency,
// $document, $jurisdiction, $status (null = any), $dueBy (YYYY-MM-DD or null: only tasks not done whose deadline is on
// or after $asOf and on or before this day: "falling due within N days"), $predecessors [{name, on}]
// (units merged into $jurisdiction: included from the merger day, their tasks done before it left out, as in
// overdue.cypher).
// Columns: item {id, title, titleAsWritten, lead, coordinating, due, deadline, completedOn, fulfilledBy, document,
//          jurisdiction, evidence, recorded, source, line, lastLine, section, readings, conflicts, status} (as tasks.cypher).
WITH CASE WHEN $jurisdiction IS NULL THEN null
  ELSE [$jurisdiction] + [p IN $predecessors WHERE p.on <= $asOf | p.name] END AS scope
CALL (scope) {
  WITH $q AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('task_search', q) YIELD node AS t
  MATCH (d:Document)-[:HAS_TASK]->(t)
  WHERE ($document IS NULL OR d.id = $document) AND (scope IS NULL OR d.jurisdiction IN scope)
    AND ($agency IS NULL OR EXISTS { (t)-[:LEAD_UNIT]->(:Agency {id: $agency}) })
  RETURN d, t, null AS since
  UNION
  // An agency's tasks, and from the day it succeeded others (SUCCEEDED_BY {on}) theirs: since is the day the lead
  // named in the document stopped, its tasks done before it left out below.
  WITH $agency AS agency WHERE $q IS NULL AND agency IS NOT NULL
  MATCH (x:Agency {id: agency})
  CALL (x) {
    MATCH (x)<-[:LEAD_UNIT]-(t)
    RETURN t, null AS since
    UNION
    MATCH p = (x)<-[:SUCCEEDED_BY*1..4]-(:Agency)<-[:LEAD_UNIT]-(t)
    WHERE all(r IN relationships(p)[..-1] WHERE r.on <= date($asOf))
    RETURN t, toString(relationships(p)[-2].on) AS since
  }
  MATCH (t)<-[:HAS_TASK]-(d:Document)
  WHERE ($document IS NULL OR d.id = $document) AND (scope IS NULL OR d.jurisdiction IN scope)
  RETURN d, t, since
  UNION
  WITH $document AS id WHERE $q IS NULL AND $agency IS NULL AND id IS NOT NULL
  MATCH (d:Document {id: id})-[:HAS_TASK]->(t:Task)
  WHERE scope IS NULL OR d.jurisdiction IN scope
  RETURN d, t, null AS since
  UNION
  WITH $agency AS agency WHERE $q IS NULL AND agency IS NULL AND $document IS NULL
  MATCH (d:Document)-[:HAS_TASK]->(t:Task)
  WHERE scope IS NULL OR d.jurisdiction IN scope
  RETURN d, t, null AS since
}
WITH d, t, since WHERE d.setOn IS NULL OR d.setOn <= $asOf
WITH d, t, since, toString(t.deadline) AS deadline, COLLECT {
    MATCH (t)-[r:FULFILLED_BY]->(f:Document)
    WHERE t.fulfilment IS NULL OR (t.fulfilment = 'MANUAL' AND r.auto = false)
    RETURN f ORDER BY f.issuedOn LIMIT 1
  }[0] AS f
WITH d, t, deadline, f, coalesce(toString(t.completedOn), f.issuedOn) AS completedOn,
  coalesce([p IN $predecessors WHERE p.name = d.jurisdiction | p.on][0], since) AS mergedOn
WHERE mergedOn IS NULL OR completedOn IS NULL OR completedOn >= mergedOn
WITH d, t, deadline, f, completedOn, CASE WHEN completedOn <= $asOf THEN completedOn END AS done
WITH d, t, deadline, f, completedOn, done, CASE
    WHEN done IS NOT NULL THEN CASE WHEN deadline IS NULL OR done <= deadline THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END
    WHEN d.setOn IS NULL THEN 'UNDATED'
    WHEN deadline IS NULL THEN 'OPEN'
    WHEN deadline < $asOf THEN 'OVERDUE'
    ELSE 'PENDING'
  END AS status
WHERE ($status IS NULL OR status = $status) AND ($dueBy IS NULL OR (status = 'PENDING' AND deadline <= $dueBy))
WITH d, t, f, completedOn IS NOT NULL AND done IS NULL AS later, done, status
ORDER BY t.deadline, d.id, t.line, t.id
OPTIONAL MATCH (t)-[:LEAD_UNIT]->(a:Agency)
RETURN {id: t.id, title: t.title, titleAsWritten: t.titleAsWritten,
  lead: CASE WHEN a IS NULL THEN null ELSE {id: a.id, name: a.name} END,
  coordinating: COLLECT { MATCH (c:Agency)-[:COORDINATES]->(t) RETURN c {.id, .name} },
  due: CASE WHEN t.dueYear IS NULL THEN null
    ELSE {year: t.dueYear, quarter: t.dueQuarter, month: t.dueMonth, day: t.dueDay} END,
  deadline: toString(t.deadline), completedOn: done,
  fulfilledBy: CASE WHEN later OR f IS NULL THEN null ELSE {id: f.id, number: f.number, issuedOn: f.issuedOn, title: f.title} END,
  document: {id: d.id, number: d.number, issuedOn: d.issuedOn, setOn: d.setOn, setOnBasis: d.setOnBasis, title: d.title},
  jurisdiction: d.jurisdiction,
  evidence: CASE WHEN later THEN null ELSE t.evidence END,
  recorded: CASE WHEN t.updatedBy IS NULL THEN null ELSE {by: t.updatedBy, at: toString(t.updatedAt)} END,
  source: t.source, line: t.line, lastLine: t.lastLine, section: t.section,
  // Who answers for it now is looked up once per agency, not per task (TaskRows.stream, queries/agencies/responsible).
  responsible: null,
  readings: COLLECT { MATCH (s:Source)-[r:STATES]->(t)
    RETURN {file: s.file, line: r.line, lastLine: r.lastLine,
    page: CASE WHEN size(coalesce(s.pages, [])) = 0 THEN null ELSE size([p IN s.pages WHERE p <= r.line]) END,
    lead: r.leadName, deadline: toString(r.deadlineRead)} AS reading
    ORDER BY s.file },
  conflicts: coalesce(t.conflicts, []), status: status} AS item
