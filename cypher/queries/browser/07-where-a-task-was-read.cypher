// Provenance of a task: the source file and line it was read from, the section of the document, and the lines of the
// file that state the whole document.
// Parameters: none (edit the task id). Columns: task, file, line, section, document, documentLines, sha256.
MATCH (s:Source)-[st:STATES]->(d:Document)-[:HAS_TASK]->(t:Task {id: 'hau-giang.program.50-ctr-tu.2021.t009'})
RETURN t.title AS task, t.source AS file, t.line AS line, t.section AS section, d.number AS document,
  st.lines AS documentLines, s.sha256 AS sha256
