// Export: fulfilment (by hand: auto = false, with by and at). Parameters: none. Columns: type, from, to, score, auto,
// by, at.
MATCH (a:Task)-[r:FULFILLED_BY|FULFILMENT_CANDIDATE]->(b:Document)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.score AS score, r.auto AS auto, r.by AS by, toString(r.at) AS at
ORDER BY from, type, to
