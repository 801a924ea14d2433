// Relations stated by the sources between two documents (IMPLEMENTS, BASED_ON, SUPERSEDES, GUIDES, APPROVES, AMENDS),
// each with the source and line it was read from. Parameters: $relations [{file, from, type, to, line}].
// Columns: none.
CYPHER replan=skip
UNWIND $relations AS r
MATCH (a:Document {id: r.from})
MATCH (b:Document {id: r.to})
CREATE (a)-[:$(r.type) {source: r.file, line: r.line}]->(b)
