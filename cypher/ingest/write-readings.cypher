// Another source's reading of tasks already in the graph (a second copy of a document): kept beside the others;
// recompute-tasks then decides what the task says. Parameters: $tasks [{id, file, props, lead, coordinating}].
// Columns: none.
CYPHER replan=skip
UNWIND $tasks AS t
MATCH (n:Task {id: t.id})
MATCH (s:Source {file: t.file})
MERGE (s)-[r:STATES]->(n)
SET r = t.props, r.lead = t.lead, r.coordinating = t.coordinating
