// Agencies named by the source (issuers, leads, coordinators) with their jurisdiction and parent body.
// Parameters: $agencies [{id, name, kind, level, jurisdiction, known, parent}]. Columns: none.
CYPHER replan=skip
UNWIND $agencies AS a
MERGE (n:Agency {id: a.id})
  ON CREATE SET n.name = a.name, n.kind = a.kind, n.level = a.level, n.jurisdiction = a.jurisdiction, n.known = a.known
MERGE (j:Jurisdiction {name: a.jurisdiction})
MERGE (n)-[:IN]->(j)
WITH n, a
WHERE a.parent IS NOT NULL
MATCH (p:Agency {id: a.parent})
MERGE (n)-[:PART_OF]->(p)
