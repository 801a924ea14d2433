// What an agency had overdue on a day among its tasks due in a quarter: tasks that existed that day (their document
// was issued: d.setOn, the issue date or the day inferred from the text; tasks of undated documents are left out), whose deadline had passed and that were not completed by then (no fulfilling document issued yet). The
// rule of task/TaskStatus.java, written in Cypher for Browser.
// Parameters: none (edit the first line: agency id, year, quarter, day). Columns: agency, task, quarter, document
// (nodes: shown as a graph), deadline.
WITH 'hau-giang.ban-to-chuc-tinh-uy' AS agencyId, 2021 AS year, 4 AS quarter, date('2022-01-01') AS asOf
MATCH (a:Agency {id: agencyId})<-[:LEAD_UNIT]-(t:Task)-[:DUE_IN]->(q:Quarter {year: year, quarter: quarter}),
  (d:Document)-[:HAS_TASK]->(t)
WHERE d.setOn IS NOT NULL AND date(d.setOn) <= asOf
OPTIONAL MATCH (t)-[:FULFILLED_BY]->(f:Document)
WITH a, t, q, d, asOf, min(date(left(f.issuedOn + '-01-01', 10))) AS completedOn
WHERE t.deadline < asOf AND (completedOn IS NULL OR completedOn > asOf)
RETURN a AS agency, t AS task, q AS quarter, d AS document, t.deadline AS deadline
ORDER BY t.deadline, t.line
