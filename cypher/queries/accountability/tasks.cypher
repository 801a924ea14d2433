// Tasks with what their status on a day depends on: when they were set, their deadline, their completion (a
// completion or correction recorded by hand wins over the automatic fulfilment match; see cypher/task/). Of several
// fulfilling documents the earliest counts.
// Parameters: $task (one task id, or null), $agency, $document, $jurisdiction (null = any), $asOf (YYYY-MM-DD: who is
// responsible, which merged units are included), $predecessors [{name, on}] (units merged into $jurisdiction: their
// tasks not done before the merger day are included from that day, as in overdue.cypher).
// Columns: id, title, titleAsWritten (when the title was restored), lead {id, name}, coordinating [{id, name}], due {year, quarter, month, day}, deadline, setOn,
//          completedOn, fulfilledBy {id, number, issuedOn, title}, document {id, number, issuedOn, setOn, setOnBasis,
//          title}, jurisdiction, evidence,
//          recorded {by, at} (the last change made by hand), source, line, lastLine, section (of the primary reading),
//          readings [{file, line, lastLine, page (a PDF's), lead, deadline}] (every source's), conflicts [field the readings disagree on],
//          responsible {id, name, on} (the lead's successor on $asOf, null: the lead itself), mergedOn (the merger day
//          of the task's unit into $jurisdiction, null: its own).
// The CALL starts from the most selective thing asked (task, agency, document), so a question about one agency does
// not read every task.
WITH CASE WHEN $jurisdiction IS NULL THEN null
  ELSE [$jurisdiction] + [p IN $predecessors WHERE p.on <= $asOf | p.name] END AS scope
CALL (scope) {
  WITH $task AS id WHERE id IS NOT NULL
  MATCH (d:Document)-[:HAS_TASK]->(t:Task {id: id})
  RETURN d, t
  UNION
  WITH $agency AS agency WHERE $task IS NULL AND agency IS NOT NULL
  MATCH (:Agency {id: agency})<-[:LEAD_UNIT]-(t:Task)<-[:HAS_TASK]-(d:Document)
  WHERE ($document IS NULL OR d.id = $document) AND (scope IS NULL OR d.jurisdiction IN scope)
  RETURN d, t
  UNION
  WITH $document AS id WHERE $task IS NULL AND $agency IS NULL AND id IS NOT NULL
  MATCH (d:Document {id: id})-[:HAS_TASK]->(t:Task)
  WHERE scope IS NULL OR d.jurisdiction IN scope
  RETURN d, t
  UNION
  WITH $task AS id WHERE id IS NULL AND $agency IS NULL AND $document IS NULL
  MATCH (d:Document)-[:HAS_TASK]->(t:Task)
  WHERE scope IS NULL OR d.jurisdiction IN scope
  RETURN d, t
}
OPTIONAL MATCH (t)-[:LEAD_UNIT]->(a:Agency)
WITH d, t, a
WHERE $agency IS NULL OR a.id = $agency
WITH d, t, a, COLLECT {
    MATCH (t)-[r:FULFILLED_BY]->(f:Document)
    WHERE t.fulfilment IS NULL OR (t.fulfilment = 'MANUAL' AND r.auto = false)
    RETURN f ORDER BY f.issuedOn LIMIT 1
  }[0] AS f,
  COLLECT { MATCH (c:Agency)-[:COORDINATES]->(t) RETURN c {.id, .name} } AS coordinating
RETURN t.id AS id, t.title AS title, t.titleAsWritten AS titleAsWritten,
  CASE WHEN a IS NULL THEN null ELSE {id: a.id, name: a.name} END AS lead,
  coordinating,
  CASE WHEN t.dueYear IS NULL THEN null
    ELSE {year: t.dueYear, quarter: t.dueQuarter, month: t.dueMonth, day: t.dueDay} END AS due,
  toString(t.deadline) AS deadline, d.setOn AS setOn,
  coalesce(toString(t.completedOn), f.issuedOn) AS completedOn,
  CASE WHEN f IS NULL THEN null ELSE {id: f.id, number: f.number, issuedOn: f.issuedOn, title: f.title} END AS fulfilledBy,
  {id: d.id, number: d.number, issuedOn: d.issuedOn, setOn: d.setOn, setOnBasis: d.setOnBasis, title: d.title} AS document, d.jurisdiction AS jurisdiction, t.evidence AS evidence,
  CASE WHEN t.updatedBy IS NULL THEN null ELSE {by: t.updatedBy, at: toString(t.updatedAt)} END AS recorded,
  t.source AS source, t.line AS line, t.lastLine AS lastLine, t.section AS section,
  CASE WHEN a IS NULL THEN null ELSE COLLECT {
    MATCH p = (a)-[:SUCCEEDED_BY*1..4]->(s:Agency)
    WHERE all(r IN relationships(p) WHERE r.on <= date($asOf))
    RETURN {id: s.id, name: s.name, on: toString(last(relationships(p)).on)} AS successor
    ORDER BY length(p) DESC LIMIT 1
  }[0] END AS responsible,
  [p IN $predecessors WHERE p.name = d.jurisdiction | p.on][0] AS mergedOn,
  COLLECT { MATCH (s:Source)-[r:STATES]->(t)
    RETURN {file: s.file, line: r.line, lastLine: r.lastLine,
      page: CASE WHEN size(coalesce(s.pages, [])) = 0 THEN null ELSE size([p IN s.pages WHERE p <= r.line]) END,
      lead: r.leadName, deadline: toString(r.deadlineRead)} AS reading
    ORDER BY s.file } AS readings,
  coalesce(t.conflicts, []) AS conflicts
ORDER BY t.deadline, d.id, t.line, t.id
