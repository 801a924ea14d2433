// Relations stated by the source between two documents (IMPLEMENTS, BASED_ON, SUPERSEDES, GUIDES, APPROVES, AMENDS),
// each with the source and line it was read from. Parameters: $file, $relations [{from, type, to, line}].
// Columns: none.
UNWIND $relations AS r
MATCH (a:Document {id: r.from})
MATCH (b:Document {id: r.to})
CREATE (a)-[:$(r.type) {source: $file, line: r.line}]->(b)
