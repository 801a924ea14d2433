// What a document implements, replaces, is based on, up to $depth steps.
// Parameters: $id, $depth (1..10). Columns: nodes [{id, kind, number, title, type}], edges [{from, to, type}].
MATCH (root:Document {id: $id})
OPTIONAL MATCH p = (root)-[:IMPLEMENTS|GUIDES|BASED_ON|AMENDS|SUPERSEDES*1..10]->(x:Document)
WHERE length(p) <= $depth
WITH root, collect(p) AS paths
WITH paths, [root] + reduce(acc = [], p IN paths | acc + nodes(p)) AS docs
UNWIND docs AS d
WITH paths, collect(DISTINCT d) AS docs
RETURN [d IN docs | {id: d.id, kind: d.kind, number: d.number, title: d.title, issuedOn: d.issuedOn, type: 'Document'}] AS nodes,
  reduce(acc = [], p IN paths | acc + [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r)}]) AS edges
