// Tasks are identified by what they say, and every source's reading of a task is kept (Source-[:STATES]->Task), so
// that two copies of a document give one task with two provenances. A graph written before keeps its task ids; each
// task gets the reading of the one source it was read from, so that re-ingesting or removing that source replaces
// exactly what it said.
MATCH (t:Task) WHERE NOT EXISTS { (:Source)-[:STATES]->(t) }
MATCH (s:Source {file: t.source})
OPTIONAL MATCH (t)-[:LEAD_UNIT]->(a:Agency)
CREATE (s)-[r:STATES]->(t)
SET r.title = t.title, r.titleAsWritten = t.titleAsWritten, r.titleKey = t.titleKey, r.output = t.output,
  r.recurrence = t.recurrence, r.section = t.section, r.line = t.line, r.leadName = t.leadName,
  r.leadKnown = t.leadKnown, r.coordinatingNames = t.coordinatingNames, r.deadline = t.deadlineRead,
  r.deadlineRead = t.deadlineRead, r.dueYear = t.dueYear, r.dueQuarter = t.dueQuarter, r.dueMonth = t.dueMonth,
  r.dueDay = t.dueDay, r.lead = a.id, r.coordinating = COLLECT { MATCH (c:Agency)-[:COORDINATES]->(t) RETURN c.id };
