// One step down a lineage: the documents that implement, guide, are based on, amend or supersede the given ones.
// Run once per level, breadth first, so depth and size are bounded (lineage/Lineage.java).
// No ORDER BY: the rows come in the order of $ids (nearest documents first) and LIMIT stops the work early.
// Parameters: $ids [document id], $max (most rows: the answer is cut at the lineage limit anyway). Columns: from,
//          to, type (the edge, from the newer document), node (the newer document {id, kind, number, title,
//          issuedOn, type}).
UNWIND $ids AS id
MATCH (d:Document {id: id})<-[r:IMPLEMENTS|GUIDES|BASED_ON|AMENDS|SUPERSEDES]-(x:Document)
RETURN x.id AS from, id AS to, type(r) AS type,
  x {.id, .kind, .number, .title, .issuedOn, type: 'Document'} AS node
LIMIT $max
