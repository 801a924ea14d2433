// Tasks count from d.setOn: the issue date when the text gives the day, else a day inferred from what the text says
// (marked by d.setOnBasis), else never before a day they might not have existed (status UNDATED). A graph written
// before gets the written dates; a month or a year counts from its last day. Documents without any date keep none
// until their source is ingested again (which infers one from the title or the dates cited, where the text allows).
MATCH (d:Document) WHERE d.hasText AND d.setOn IS NULL AND d.issuedOn IS NOT NULL
SET d.setOn = CASE size(d.issuedOn)
    WHEN 10 THEN d.issuedOn
    WHEN 7 THEN toString(date(d.issuedOn + '-01') + duration('P1M') - duration('P1D'))
    ELSE d.issuedOn + '-12-31' END,
  d.setOnBasis = CASE WHEN size(d.issuedOn) = 7 THEN 'HEADER_MONTH' WHEN size(d.issuedOn) = 4 THEN 'HEADER_YEAR' END;
