// Diacritic-insensitive search: the standard-folding analyzer folds "Nghị quyết" to "nghi quyet" and "Đảng" to
// "dang". It folds precomposed (NFC) letters only, so everything is NFC-normalised before it is written.
CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (d:Document) ON EACH [d.title, d.number]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX agency_name IF NOT EXISTS FOR (a:Agency) ON EACH [a.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
