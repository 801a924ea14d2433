// One step up a lineage: what the given documents implement, follow the guidance of, are based on, amend or
// supersede. Run once per level, breadth first (lineage/Lineage.java).
// No ORDER BY: the rows come in the order of $ids (nearest documents first) and LIMIT stops the work early.
// Parameters: $ids [document id], $max (most rows: the answer is cut at the lineage limit anyway). Columns: from,
//          to, type (the edge, from the given document), node (the older document {id, kind, number, title,
//          issuedOn, type}).
UNWIND $ids AS id
MATCH (d:Document {id: id})-[r:IMPLEMENTS|GUIDES|BASED_ON|AMENDS|SUPERSEDES]->(x:Document)
RETURN id AS from, x.id AS to, type(r) AS type,
  x {.id, .kind, .number, .title, .issuedOn, type: 'Document'} AS node
LIMIT $max
