// Find a resolution by words of its name, number or title, with or without diacritics (full-text index
// document_search): here the 14th Congress resolutions of the provincial Party committees, with the province or city
// each belongs to.
// Parameters: none (edit the words in quotes). Columns: resolution (node), jurisdiction (node), id, score.
CALL db.index.fulltext.queryNodes('document_search', 'nghi quyet dai hoi dang bo tinh lan thu XIV')
  YIELD node, score
WHERE node:Resolution
WITH node, score
ORDER BY score DESC
LIMIT 5
OPTIONAL MATCH (node)-[:IN]->(j:Jurisdiction)
RETURN DISTINCT node AS resolution, j AS jurisdiction, node.id AS id, score
ORDER BY score DESC
