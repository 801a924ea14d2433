// Identity of the things the graph is about. Keys are stable, URL-safe strings built by the ingest from
// jurisdiction + kind + number + issue year (documents), jurisdiction + canonical name (agencies), and the owning
// document + position (tasks); see README "Graph model".
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (a:Agency) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (t:Task) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT jurisdiction_name IF NOT EXISTS FOR (j:Jurisdiction) REQUIRE j.name IS UNIQUE;
CREATE CONSTRAINT source_file IF NOT EXISTS FOR (s:Source) REQUIRE s.file IS UNIQUE;
CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE;
