// Task titles searchable as people quote them: the restored title and, for scanned text, the title as written
// (titleAsWritten), without regard to diacritics.
CREATE FULLTEXT INDEX task_search IF NOT EXISTS FOR (t:Task) ON EACH [t.title, t.titleAsWritten]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
