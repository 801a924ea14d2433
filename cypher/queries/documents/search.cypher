// Documents by number, jurisdiction, kind and/or words of the title, without regard to diacritics (full-text index
// document_text, standard-folding analyzer).
// Parameters: $q (Lucene query or null), $number, $jurisdiction, $kind (null = any), $skip, $limit.
// Columns: total, items [{id, kind, number, name, issuedOn, issuer, jurisdiction, title, hasText}].
CALL () {
  WITH $q AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('document_search', q) YIELD node, score
  RETURN node AS d, score
  UNION
  WITH $q AS q WHERE q IS NULL
  MATCH (d:Document)
  WHERE ($number IS NULL OR toUpper(d.number) = toUpper($number))
    AND ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction) AND ($kind IS NULL OR d.kind = $kind)
  RETURN d, 0.0 AS score
}
WITH d, score
WHERE ($number IS NULL OR toUpper(d.number) = toUpper($number))
  AND ($jurisdiction IS NULL OR d.jurisdiction = $jurisdiction) AND ($kind IS NULL OR d.kind = $kind)
WITH d, score ORDER BY score DESC, d.issuedOn DESC, d.id
WITH collect(d {.id, .kind, .number, .name, .issuedOn, .issuer, .jurisdiction, .title, .hasText}) AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS items
