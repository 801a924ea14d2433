// The tasks already stored for these documents (stated by another source, or not cleared): what a task read from
// another copy may be (TaskIdentity). Parameters: $documents [document id]. Columns: document, id, titleKey, lead.
CYPHER replan=skip
UNWIND $documents AS id
MATCH (d:Document {id: id})-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH (t)-[:LEAD_UNIT]->(a:Agency)
RETURN d.id AS document, t.id AS id, t.titleKey AS titleKey, a.id AS lead
