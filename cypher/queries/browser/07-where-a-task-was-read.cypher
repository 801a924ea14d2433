// Provenance of a task: every source that states it (two copies of a document, two readings), the line each read it
// on, the lead and deadline each read, and the lines of the file that state the whole document.
// Parameters: none (edit the task id). Columns: task, file, line, section, lead, deadline, document, documentLines,
// sha256.
MATCH (s:Source)-[r:STATES]->(t:Task {id: 'hau-giang.program.50-ctr-tu.2021.ta87ebc1daed5'})<-[:HAS_TASK]-(d:Document)
OPTIONAL MATCH (s)-[st:STATES]->(d)
RETURN t.title AS task, s.file AS file, r.line AS line, r.section AS section, r.leadName AS lead,
  r.deadlineRead AS deadline, d.number AS document, st.lines AS documentLines, s.sha256 AS sha256
ORDER BY file
