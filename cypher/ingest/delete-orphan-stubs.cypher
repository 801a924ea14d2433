// Cited-only documents nothing mentions any more (after a source changed). Parameters: $ids. Columns: none.
CYPHER replan=skip
UNWIND $ids AS id
MATCH (d:Document {id: id})
WHERE NOT d.hasText AND NOT (d)<-[:CITES|STATES]-(:Source)
DETACH DELETE d
