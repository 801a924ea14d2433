// Loads the CSV files written by `java -jar directive-graph.jar export` into an EMPTY database whose schema
// (cypher/schema/*.cypher) is applied, giving the same graph as the ingest. Run each statement in an auto-commit
// transaction (Neo4j Browser: prefix with :auto), after setting where the files are, relative to the server's import
// folder (embedded directive-graph: the project's import/ folder):   :param base => 'file:///export'
// Parameters: $base. Columns: none.
LOAD CSV WITH HEADERS FROM $base + '/nodes-jurisdiction.csv' AS row
CALL (row) { CREATE (:Jurisdiction {name: row.name}) } IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/nodes-quarter.csv' AS row
CALL (row) { CREATE (:Quarter {id: row.id, year: toInteger(row.year), quarter: toInteger(row.quarter)}) }
IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/nodes-source.csv' AS row
CALL (row) {
  CREATE (:Source {file: row.file, sha256: row.sha256, chars: toInteger(row.chars), encoding: row.encoding,
    ingestedAt: datetime(row.ingestedAt), format: row.format, name: row.name,
    pages: CASE WHEN row.pages IS NULL THEN [] ELSE [x IN split(row.pages, '|') | toInteger(x)] END,
    ocrPages: CASE WHEN row.ocrPages IS NULL THEN [] ELSE [x IN split(row.ocrPages, '|') | toInteger(x)] END})
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/nodes-agency.csv' AS row
CALL (row) {
  CREATE (:Agency {id: row.id, name: row.name, kind: row.kind, level: row.level, jurisdiction: row.jurisdiction,
    known: toBoolean(row.known)})
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/nodes-document.csv' AS row
CALL (row) {
  CREATE (d:Document {id: row.id, kind: row.kind, number: row.number, name: row.name, issuedOn: row.issuedOn,
    year: row.year, issuer: row.issuer, jurisdiction: row.jurisdiction, title: row.title, signer: row.signer,
    hasText: toBoolean(row.hasText), titleAsWritten: row.titleAsWritten, setOn: row.setOn,
    setOnBasis: row.setOnBasis})
  SET d:$(row.label)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/nodes-task.csv' AS row
CALL (row) {
  CREATE (:Task {id: row.id, title: row.title, titleKey: row.titleKey, output: row.output, recurrence: row.recurrence,
    section: row.section, line: toInteger(row.line), lastLine: toInteger(row.lastLine), leadName: row.leadName, leadKnown: toBoolean(row.leadKnown),
    coordinatingNames: CASE WHEN row.coordinatingNames IS NULL THEN [] ELSE split(row.coordinatingNames, '|') END,
    deadline: date(row.deadline), deadlineRead: date(row.deadlineRead),
    deadlineCorrected: toBoolean(row.deadlineCorrected), dueYear: toInteger(row.dueYear),
    dueQuarter: toInteger(row.dueQuarter), dueMonth: toInteger(row.dueMonth), dueDay: row.dueDay, source: row.source,
    completedOn: date(row.completedOn), fulfilment: row.fulfilment, evidence: row.evidence, updatedBy: row.updatedBy,
    updatedAt: datetime(row.updatedAt), titleAsWritten: row.titleAsWritten,
    conflicts: CASE WHEN row.conflicts IS NULL THEN null ELSE split(row.conflicts, '|') END})
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/nodes-task-update.csv' AS row
CALL (row) {
  CREATE (:TaskUpdate {id: row.id, task: row.task, document: row.document, titleKey: row.titleKey, by: row.by,
    at: datetime(row.at), note: row.note, changed: CASE WHEN row.changed IS NULL THEN [] ELSE split(row.changed, '|') END,
    completedOn: date(row.completedOn), fulfilment: row.fulfilment, fulfilledBy: row.fulfilledBy,
    deadline: date(row.deadline), evidence: row.evidence, previousStatus: row.previousStatus,
    previousCompletedOn: row.previousCompletedOn, previousFulfilledBy: row.previousFulfilledBy,
    previousDeadline: row.previousDeadline, previousEvidence: row.previousEvidence,
    orphanedAt: datetime(row.orphanedAt)})
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/nodes-reference.csv' AS row
CALL (row) {
  CREATE (:Reference {id: row.id, kind: row.kind, number: row.number, name: row.name, jurisdiction: row.jurisdiction,
    line: toInteger(row.line), lines: [l IN split(coalesce(row.lines, row.line), '|') | toInteger(l)], source: row.source,
    candidates: CASE WHEN row.candidates IS NULL THEN [] ELSE split(row.candidates, '|') END})
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-document-document.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.from}), (b:Document {id: row.to})
  CREATE (a)-[:$(row.type) {source: row.source, line: toInteger(row.line)}]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-document-agency.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.from}), (b:Agency {id: row.to})
  CREATE (a)-[:$(row.type) {source: row.source}]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-document-jurisdiction.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.from}), (b:Jurisdiction {name: row.to})
  CREATE (a)-[:$(row.type) {source: row.source}]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-agency-jurisdiction.csv' AS row
CALL (row) {
  MATCH (a:Agency {id: row.from}), (b:Jurisdiction {name: row.to})
  CREATE (a)-[:$(row.type)]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-agency-agency.csv' AS row
CALL (row) {
  MATCH (a:Agency {id: row.from}), (b:Agency {id: row.to})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r.on = CASE WHEN row.on IS NULL THEN null ELSE date(row.on) END
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-document-task.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.from}), (b:Task {id: row.to})
  CREATE (a)-[:$(row.type)]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-task-agency.csv' AS row
CALL (row) {
  MATCH (a:Task {id: row.from}), (b:Agency {id: row.to})
  CREATE (a)-[:$(row.type) {source: row.source}]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-agency-task.csv' AS row
CALL (row) {
  MATCH (a:Agency {id: row.from}), (b:Task {id: row.to})
  CREATE (a)-[:$(row.type) {source: row.source}]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-task-quarter.csv' AS row
CALL (row) {
  MATCH (a:Task {id: row.from}), (b:Quarter {id: row.to})
  CREATE (a)-[:$(row.type)]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-task-document.csv' AS row
CALL (row) {
  MATCH (a:Task {id: row.from}), (b:Document {id: row.to})
  CREATE (a)-[:$(row.type) {score: toFloat(row.score), auto: toBoolean(row.auto), by: row.by, at: datetime(row.at)}]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-task-update.csv' AS row
CALL (row) {
  MATCH (a:Task {id: row.from}), (b:TaskUpdate {id: row.to})
  CREATE (a)-[:$(row.type)]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-source-document.csv' AS row
CALL (row) {
  MATCH (a:Source {file: row.from}), (b:Document {id: row.to})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r.line = toInteger(row.line), r.document = row.document, r.citedAt = toInteger(row.citedAt),
    r.lines = CASE WHEN row.lines IS NULL THEN null ELSE [x IN split(row.lines, '|') | toInteger(x)] END
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-source-task.csv' AS row
CALL (row) {
  MATCH (a:Source {file: row.from}), (b:Task {id: row.to})
  CREATE (a)-[r:STATES]->(b)
  SET r.title = row.title, r.titleAsWritten = row.titleAsWritten, r.titleKey = row.titleKey, r.output = row.output,
    r.recurrence = row.recurrence, r.section = row.section, r.line = toInteger(row.line), r.lastLine = toInteger(row.lastLine),
    r.leadName = row.leadName, r.leadKnown = toBoolean(row.leadKnown),
    r.coordinatingNames = CASE WHEN row.coordinatingNames IS NULL THEN [] ELSE split(row.coordinatingNames, '|') END,
    r.deadline = date(row.deadline), r.deadlineRead = date(row.deadlineRead), r.dueYear = toInteger(row.dueYear),
    r.dueQuarter = toInteger(row.dueQuarter), r.dueMonth = toInteger(row.dueMonth), r.dueDay = row.dueDay,
    r.lead = row.lead, r.coordinating = CASE WHEN row.coordinating IS NULL THEN [] ELSE split(row.coordinating, '|') END
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM $base + '/rels-document-reference.csv' AS row
CALL (row) {
  MATCH (a:Document {id: row.from}), (b:Reference {id: row.to})
  CREATE (a)-[:$(row.type)]->(b)
} IN TRANSACTIONS OF 10000 ROWS;
