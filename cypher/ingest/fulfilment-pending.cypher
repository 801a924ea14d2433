// Jurisdictions whose fulfilment links must be recomputed: an ingest changed their documents or tasks.
// Parameters: none. Columns: name, mark.
MATCH (j:Jurisdiction)
WHERE j.fulfilmentPending IS NOT NULL
RETURN j.name AS name, j.fulfilmentPending AS mark
