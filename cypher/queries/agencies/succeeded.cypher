// The agencies another succeeded (SUCCEEDED_BY {on}: the 2025 mergers): the only ones whose tasks someone else may
// answer for; queries/agencies/responsible says who on a day. Parameters: none. Columns: id.
MATCH (a:Agency)
WHERE EXISTS { (a)-[:SUCCEEDED_BY]->(:Agency) }
RETURN a.id AS id
