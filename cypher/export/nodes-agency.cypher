// Export: agencies. Parameters: none. Columns: id, name, kind, level, jurisdiction, known.
MATCH (a:Agency)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.level AS level, a.jurisdiction AS jurisdiction, a.known AS known
ORDER BY id
