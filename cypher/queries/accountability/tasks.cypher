// Tasks with what their status on a day depends on: when they were set, their deadline, their completion.
// Parameters: $agency, $document, $jurisdiction (null = any).
// Columns: id, title, lead {id, name}, coordinating [{id, name}], due {year, quarter, month, day}, deadline, setOn,
//          completedOn, fulfilledBy {id, number, issuedOn}, document {id, number}, jurisdiction.
MATCH (d:Document)-[:HAS_TASK]->(t:Task)
WHERE ($document IS NULL OR d.id = $document) AND ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction)
OPTIONAL MATCH (t)-[:LEAD_UNIT]->(a:Agency)
WITH d, t, a
WHERE $agency IS NULL OR a.id = $agency
OPTIONAL MATCH (t)-[:FULFILLED_BY]->(f:Document)
OPTIONAL MATCH (c:Agency)-[:COORDINATES]->(t)
WITH d, t, a, head(collect(DISTINCT f)) AS f, collect(DISTINCT c {.id, .name}) AS coordinating
RETURN t.id AS id, t.title AS title,
  CASE WHEN a IS NULL THEN null ELSE {id: a.id, name: a.name} END AS lead,
  coordinating,
  CASE WHEN t.deadline IS NULL THEN null
    ELSE {year: t.dueYear, quarter: t.dueQuarter, month: t.dueMonth, day: t.dueDay} END AS due,
  toString(t.deadline) AS deadline, d.issuedOn AS setOn,
  coalesce(toString(t.completedOn), f.issuedOn) AS completedOn,
  CASE WHEN f IS NULL THEN null ELSE {id: f.id, number: f.number, issuedOn: f.issuedOn} END AS fulfilledBy,
  {id: d.id, number: d.number} AS document, d.jurisdiction AS jurisdiction
ORDER BY t.deadline, t.id
