// Jurisdictions with how many documents and tasks each holds, the most tasks first.
// Parameters: none. Columns: name, documents, tasks.
MATCH (j:Jurisdiction)
OPTIONAL MATCH (j)<-[:IN]-(d:Document)
OPTIONAL MATCH (d)-[:HAS_TASK]->(t:Task)
RETURN j.name AS name, count(DISTINCT d) AS documents, count(DISTINCT t) AS tasks
ORDER BY tasks DESC, documents DESC, name
