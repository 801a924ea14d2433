// What implements a document, down to its tasks and the documents that fulfilled them.
// Parameters: $id, $depth (1..10). Columns: nodes [{id, kind, number, title, type}], edges [{from, to, type}].
MATCH (root:Document {id: $id})
OPTIONAL MATCH p = (root)<-[:IMPLEMENTS|GUIDES|BASED_ON|AMENDS|SUPERSEDES*1..10]-(x:Document)
WHERE length(p) <= $depth
WITH root, collect(p) AS paths
WITH root, paths, [root] + reduce(acc = [], p IN paths | acc + nodes(p)) AS docs
UNWIND docs AS doc
WITH DISTINCT root, paths, doc
OPTIONAL MATCH (doc)-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH (t)-[fr:FULFILLED_BY]->(f:Document)
WHERE t.fulfilment IS NULL OR (t.fulfilment = 'MANUAL' AND fr.auto = false)
WITH root, paths, collect(DISTINCT doc) AS docs,
  collect(DISTINCT CASE WHEN t IS NULL THEN null ELSE {task: t, doc: doc, fulfilled: f} END) AS taskRows
RETURN
  [d IN docs | {id: d.id, kind: d.kind, number: d.number, title: d.title, issuedOn: d.issuedOn, type: 'Document'}]
  + [r IN taskRows | {id: r.task.id, kind: 'TASK', title: r.task.title, deadline: toString(r.task.deadline), type: 'Task'}]
  + [r IN taskRows WHERE r.fulfilled IS NOT NULL | {id: r.fulfilled.id, kind: r.fulfilled.kind,
      number: r.fulfilled.number, title: r.fulfilled.title, issuedOn: r.fulfilled.issuedOn, type: 'Document'}] AS nodes,
  reduce(acc = [], p IN paths | acc + [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r)}])
  + [r IN taskRows | {from: r.doc.id, to: r.task.id, type: 'HAS_TASK'}]
  + [r IN taskRows WHERE r.fulfilled IS NOT NULL | {from: r.task.id, to: r.fulfilled.id, type: 'FULFILLED_BY'}] AS edges
