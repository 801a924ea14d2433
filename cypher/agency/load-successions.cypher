// The 2025 mergers as data: each predecessor agency SUCCEEDED_BY its successor from the given date.
// Parameters: $successions [{from {id, name, jurisdiction}, to {id, name, jurisdiction}, on}]. Columns: none.
UNWIND $successions AS s
MERGE (a:Agency {id: s.from.id})
  ON CREATE SET a.name = s.from.name, a.jurisdiction = s.from.jurisdiction, a.known = true
MERGE (b:Agency {id: s.to.id})
  ON CREATE SET b.name = s.to.name, b.jurisdiction = s.to.jurisdiction, b.known = true
MERGE (ja:Jurisdiction {name: s.from.jurisdiction})
MERGE (jb:Jurisdiction {name: s.to.jurisdiction})
MERGE (a)-[:IN]->(ja)
MERGE (b)-[:IN]->(jb)
MERGE (a)-[r:SUCCEEDED_BY]->(b)
SET r.on = date(s.on)
