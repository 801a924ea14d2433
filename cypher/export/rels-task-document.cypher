// Export: fulfilment. Parameters: none. Columns: type, from, to, score, auto.
MATCH (a:Task)-[r:FULFILLED_BY|FULFILMENT_CANDIDATE]->(b:Document)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.score AS score, r.auto AS auto ORDER BY from, type, to
