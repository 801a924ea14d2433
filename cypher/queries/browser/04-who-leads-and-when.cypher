// Who leads each task of a program and the quarter it is due in: tasks, their lead agencies and quarters as a graph.
// Parameters: none (edit the number). Columns: p (paths).
MATCH p = (:Program {number: '50-CTr/TU', jurisdiction: 'Hậu Giang'})-[:HAS_TASK]->(t:Task)-[:LEAD_UNIT]->(:Agency)
OPTIONAL MATCH q = (t)-[:DUE_IN]->(:Quarter)
RETURN p, q
