// Find a resolution by words of its name, number or title, with or without diacritics (full-text index
// document_search): here the 14th Congress resolutions of the provincial Party committees.
// Parameters: none (edit the words in quotes). Columns: resolution (node), jurisdiction, score.
CALL db.index.fulltext.queryNodes('document_search', 'nghi quyet dai hoi dang bo tinh lan thu XIV')
  YIELD node, score
WHERE node:Resolution
RETURN node AS resolution, node.jurisdiction AS jurisdiction, score
ORDER BY score DESC
LIMIT 5
