package io.directivegraph.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

import io.directivegraph.neo4j.CypherFiles;

/**
 * Tasks with their status as of a day: the query, then {@link TaskStatus} applied row by
 * row.
 */
@Component
public class TaskRows {

	private final Driver driver;

	public TaskRows(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Tasks that existed on {@code asOf}, each with its {@code status}; filters may be
	 * null.
	 */
	public List<Map<String, Object>> asOf(LocalDate asOf, String agency, String document, String jurisdiction) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("agency", agency);
		parameters.put("document", document);
		parameters.put("jurisdiction", jurisdiction);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Record r : this.driver.executableQuery(CypherFiles.load("queries/accountability/tasks"))
			.withParameters(parameters)
			.execute()
			.records()) {
			LocalDate deadline = r.get("deadline").isNull() ? null : LocalDate.parse(r.get("deadline").asString());
			LocalDate completed = r.get("completedOn").isNull() ? null
					: TaskStatus.start(r.get("completedOn").asString());
			LocalDate setOn = r.get("setOn").isNull() ? null : TaskStatus.start(r.get("setOn").asString());
			TaskStatus status = TaskStatus.of(setOn, deadline, completed, asOf);
			if (status == null) {
				continue;
			}
			Map<String, Object> row = new HashMap<>(r.asMap());
			row.put("status", status.name());
			// A completion after the day asked is not known yet on that day.
			if (completed != null && completed.isAfter(asOf)) {
				row.put("completedOn", null);
				row.put("fulfilledBy", null);
			}
			row.remove("setOn");
			rows.add(row);
		}
		return rows;
	}

}
