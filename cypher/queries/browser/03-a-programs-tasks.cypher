// A program and its tasks, coloured by their status today (Overdue, DoneLate, DoneOnTime, Pending, Open: labels the
// service keeps up to date), with the document that fulfilled a task where one did.
// Parameters: none (edit the number). Columns: p (paths).
MATCH p = (:Program {number: '50-CTr/TU', jurisdiction: 'Hậu Giang'})-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH f = (t)-[:FULFILLED_BY]->(:Document)
RETURN p, f
