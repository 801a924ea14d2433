// Titles restored from text that lost its diacritics keep what was written (titleAsWritten): the search finds a
// document by either. The index is recreated with the new property (a full-text index cannot be altered).
DROP INDEX document_search IF EXISTS;
CREATE FULLTEXT INDEX document_search IF NOT EXISTS FOR (d:Document) ON EACH [d.kindName, d.number, d.name, d.title, d.titleAsWritten]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
