// The overdue report reads tasks by jurisdiction, with the issue date of their document and the id of their lead
// copied onto them at ingest; tasks written before this version get them here.
CREATE INDEX task_jurisdiction IF NOT EXISTS FOR (t:Task) ON (t.jurisdiction);
MATCH (d:Document)-[:HAS_TASK]->(t:Task) WHERE t.jurisdiction IS NULL SET t.jurisdiction = d.jurisdiction, t.setOn = d.issuedOn;
MATCH (t:Task)-[:LEAD_UNIT]->(a:Agency) WHERE t.leadId IS NULL SET t.leadId = a.id;
