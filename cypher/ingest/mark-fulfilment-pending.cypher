// Marks jurisdictions whose fulfilment links must be recomputed, in the same transaction as the facts that changed
// them, so a crash before the recomputation leaves the mark for the next ingest. A new mark each time: a recomputation
// that started before it does not clear it.
// Parameters: $jurisdictions [name]. Columns: none.
CYPHER replan=skip
UNWIND $jurisdictions AS name
MERGE (j:Jurisdiction {name: name})
SET j.fulfilmentPending = randomUUID()
