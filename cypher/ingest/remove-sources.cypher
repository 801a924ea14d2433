// Taking sources back (DELETE /api/documents/{id}, ingest --remove), after clear-tasks, clear-edges,
// clear-references and clear-mentions ran for them: documents another source still states keep their text; documents
// only cited now become stubs (what the citations say, no text-derived dates); the Source nodes go. Changes recorded
// for tasks that went stay as an audit history (clear-tasks marked them orphanedAt). delete-orphan-stubs then removes what nothing mentions.
// Parameters: $files [file name], $touched [document id]. Columns: stated (ids another source still states), stubs
// (ids now only cited), jurisdictions (of the touched documents).
CYPHER replan=skip
CALL () {
  UNWIND $files AS file
  MATCH (s:Source {file: file})
  DETACH DELETE s
}
UNWIND $touched AS id
MATCH (d:Document {id: id})
WITH d, EXISTS { (:Source)-[:STATES]->(d) } AS stated, EXISTS { (:Source)-[:CITES]->(d) } AS cited
CALL (d, stated) {
  WITH d WHERE stated
  SET d.hasText = true
}
CALL (d, stated, cited) {
  WITH d WHERE NOT stated AND cited
  SET d.hasText = false, d.setOn = null, d.setOnBasis = null, d.signer = null, d.titleAsWritten = null
}
RETURN [x IN collect(CASE WHEN stated THEN d.id END) WHERE x IS NOT NULL] AS stated,
  [x IN collect(CASE WHEN NOT stated AND cited THEN d.id END) WHERE x IS NOT NULL] AS stubs,
  collect(DISTINCT d.jurisdiction) AS jurisdictions
