// Export: tasks of documents. Parameters: none. Columns: type, from, to.
MATCH (a:Document)-[r:HAS_TASK]->(b:Task)
RETURN type(r) AS type, a.id AS from, b.id AS to ORDER BY from, to
