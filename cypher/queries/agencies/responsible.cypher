// Who is responsible on a day for what an agency was given: the agency itself, or the one that succeeded it (the 2025
// mergers: SUCCEEDED_BY {on}, followed through every succession on or before the day).
// Parameters: $ids [agency id], $asOf (YYYY-MM-DD). Columns: id, responsible {id, name, on} (null: itself).
UNWIND $ids AS id
MATCH (a:Agency {id: id})
RETURN a.id AS id, COLLECT {
    MATCH p = (a)-[:SUCCEEDED_BY*1..4]->(s:Agency)
    WHERE all(r IN relationships(p) WHERE r.on <= date($asOf))
    RETURN {id: s.id, name: s.name, on: toString(last(relationships(p)).on)} AS successor
    ORDER BY length(p) DESC LIMIT 1
  }[0] AS responsible
