// Agencies by words of their name (diacritics ignored: full-text index agency_name) and jurisdiction.
// Parameters: $q (Lucene query or null), $jurisdiction (null = any), $skip, $limit.
// Columns: total, items [{id, name, jurisdiction, known, parent {id, name}, successor {id, name, on}}].
CALL () {
  WITH $q AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('agency_name', q) YIELD node, score
  RETURN node AS a, score
  UNION
  WITH $q AS q WHERE q IS NULL
  MATCH (a:Agency)
  RETURN a, 0.0 AS score
}
WITH a, score WHERE $jurisdiction IS NULL OR a.jurisdiction = $jurisdiction
OPTIONAL MATCH (a)-[:PART_OF]->(p:Agency)
OPTIONAL MATCH (a)-[s:SUCCEEDED_BY]->(n:Agency)
WITH a, score, head(collect(p)) AS p, head(collect({agency: n, on: s.on})) AS succession
WITH a, score, p, succession ORDER BY score DESC, a.jurisdiction, a.name
WITH collect(a {.id, .name, .jurisdiction, .known,
  parent: CASE WHEN p IS NULL THEN null ELSE p {.id, .name} END,
  successor: CASE WHEN succession.agency IS NULL THEN null
    ELSE {id: succession.agency.id, name: succession.agency.name, on: toString(succession.on)} END}) AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS items
