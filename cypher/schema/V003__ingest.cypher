// Ingest: keys of the period and reference nodes, and the lookup a dateless citation is resolved with.
CREATE CONSTRAINT quarter_id IF NOT EXISTS FOR (q:Quarter) REQUIRE q.id IS UNIQUE;
CREATE CONSTRAINT reference_id IF NOT EXISTS FOR (r:Reference) REQUIRE r.id IS UNIQUE;
CREATE INDEX document_identity IF NOT EXISTS FOR (d:Document) ON (d.jurisdiction, d.kind, d.number);
CREATE INDEX reference_source IF NOT EXISTS FOR (r:Reference) ON (r.source);
CREATE INDEX task_deadline IF NOT EXISTS FOR (t:Task) ON (t.deadline);
