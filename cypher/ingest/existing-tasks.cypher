// The tasks already stored for these documents (stated by another source, or not cleared): what a task read from
// another copy may be (TaskIdentity). Parameters: $documents [document id]. Columns: document, id, titleKey, lead.
CYPHER replan=skip
UNWIND $documents AS id
// No labels past the document (HAS_TASK only leads to tasks, LEAD_UNIT to agencies): the planner then expands from
// the document instead of scanning an index of every task, which it may prefer on a small graph.
MATCH (d:Document {id: id})-[:HAS_TASK]->(t)
USING INDEX SEEK d:Document(id)
OPTIONAL MATCH (t)-[:LEAD_UNIT]->(a)
RETURN d.id AS document, t.id AS id, t.titleKey AS titleKey, a.id AS lead
