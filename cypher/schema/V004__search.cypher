// Search also finds a document by its kind word ("nghị quyết 13" finds Nghị quyết 13-NQ/TW) and by the name of an
// unnumbered document: the full-text index covers kindName and name too.
DROP INDEX document_text IF EXISTS;
CREATE FULLTEXT INDEX document_search IF NOT EXISTS FOR (d:Document) ON EACH [d.kindName, d.number, d.name, d.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
