// Export: quarters. Parameters: none. Columns: id, year, quarter.
MATCH (q:Quarter) RETURN q.id AS id, q.year AS year, q.quarter AS quarter ORDER BY id
