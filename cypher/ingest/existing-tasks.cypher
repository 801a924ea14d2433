// Which of these task ids are already in the graph (a document another source states too).
// Parameters: $ids [task id]. Columns: ids [task id].
CYPHER replan=skip
UNWIND $ids AS id
MATCH (t:Task {id: id})
RETURN collect(id) AS ids
