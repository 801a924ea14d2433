// The graph-wide check of IMPLEMENTS: edges that point the wrong way. Every row is a defect: a cycle of
// IMPLEMENTS (a document implementing, through others, itself), a national document implementing a provincial one,
// or a document implementing one issued after it. Run by LineageDirectionIT on the seeds and on a synthetic corpus,
// and from Neo4j Browser by anyone who doubts a lineage picture.
// Parameters: none. Columns: problem ('CYCLE', 'UPWARD', 'OLDER'), from, to (document ids), sources (files stating
//          the edge).
CALL () {
  MATCH (a:Document)-[r:IMPLEMENTS]->(b:Document)
  WHERE a.jurisdiction = 'Việt Nam' AND b.jurisdiction IS NOT NULL AND b.jurisdiction <> 'Việt Nam'
  RETURN 'UPWARD' AS problem, a.id AS from, b.id AS to, collect(DISTINCT r.source) AS sources
  UNION
  MATCH (a:Document)-[r:IMPLEMENTS]->(b:Document)
  WHERE a.issuedOn IS NOT NULL AND b.issuedOn IS NOT NULL AND a.issuedOn < b.issuedOn
  RETURN 'OLDER' AS problem, a.id AS from, b.id AS to, collect(DISTINCT r.source) AS sources
  UNION
  MATCH (a:Document)-[r:IMPLEMENTS]->(b:Document)
  WHERE EXISTS { (b)-[:IMPLEMENTS]->{1,4}(a) }
  RETURN 'CYCLE' AS problem, a.id AS from, b.id AS to, collect(DISTINCT r.source) AS sources
}
RETURN problem, from, to, sources
ORDER BY problem, from, to
