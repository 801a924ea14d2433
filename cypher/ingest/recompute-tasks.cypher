// What a task stated by several sources says: the reading of one source (the primary: a known lead before an unknown
// one, a title as written before one restored from text without diacritics, then by file name, so the answer does not
// depend on the order the copies arrived in), with its lead, coordinators and due quarter. Where the readings name
// different leads or deadlines, t.conflicts lists which ("lead", "deadline"): never merged silently, shown with every
// reading in the task answers. A reading that names no lead or deadline does not disagree.
// Run after clear-tasks and write-readings; apply-updates then re-applies the changes recorded by hand.
// Parameters: $tasks [task id]. Columns: none.
CYPHER replan=skip
UNWIND $tasks AS id
MATCH (t:Task {id: id})
CALL (t) {
  MATCH (s:Source)-[r:STATES]->(t)
  WITH s, r ORDER BY r.leadKnown DESC, r.titleAsWritten IS NULL DESC, s.file
  WITH head(collect({s: s, r: r})) AS primary
  WITH primary.s AS s, primary.r AS p
  SET t.title = p.title, t.titleAsWritten = p.titleAsWritten, t.titleKey = p.titleKey, t.output = p.output,
    t.recurrence = p.recurrence, t.section = p.section, t.line = p.line, t.lastLine = p.lastLine, t.leadName = p.leadName,
    t.leadKnown = p.leadKnown, t.coordinatingNames = p.coordinatingNames, t.deadline = p.deadline,
    t.deadlineRead = p.deadlineRead, t.dueYear = p.dueYear, t.dueQuarter = p.dueQuarter, t.dueMonth = p.dueMonth,
    t.dueDay = p.dueDay, t.source = s.file
  RETURN s, p
}
WITH t, s, p, COLLECT { MATCH (:Source)-[r:STATES]->(t) WHERE r.lead IS NOT NULL RETURN DISTINCT r.lead } AS leads,
  COLLECT { MATCH (:Source)-[r:STATES]->(t) WHERE r.deadlineRead IS NOT NULL RETURN DISTINCT r.deadlineRead } AS deadlines
WITH t, s, p, CASE WHEN size(leads) > 1 THEN ['lead'] ELSE [] END
  + CASE WHEN size(deadlines) > 1 THEN ['deadline'] ELSE [] END AS conflicts
SET t.conflicts = CASE WHEN size(conflicts) = 0 THEN null ELSE conflicts END
WITH t, s, p
CALL (t) {
  MATCH (t)-[e:LEAD_UNIT|DUE_IN]->()
  DELETE e
}
CALL (t) {
  MATCH (t)<-[e:COORDINATES]-()
  DELETE e
}
CALL (t, s, p) {
  MATCH (lead:Agency {id: p.lead})
  CREATE (t)-[:LEAD_UNIT {source: s.file}]->(lead)
}
CALL (t, s, p) {
  UNWIND p.coordinating AS cid
  MATCH (c:Agency {id: cid})
  CREATE (c)-[:COORDINATES {source: s.file}]->(t)
}
CALL (t) {
  WITH t WHERE t.deadline IS NOT NULL
  WITH t, t.deadline.year AS year, (t.deadline.month - 1) / 3 + 1 AS quarter
  MERGE (q:Quarter {id: toString(year) + '-q' + toString(quarter)})
    ON CREATE SET q.year = year, q.quarter = quarter
  MERGE (t)-[:DUE_IN]->(q)
}
