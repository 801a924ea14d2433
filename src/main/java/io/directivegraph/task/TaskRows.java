package io.directivegraph.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Record r : query(null, agency, document, jurisdiction)) {
			Map<String, Object> row = row(r, asOf);
			if (row.get("status") != null) {
				rows.add(row);
			}
		}
		return rows;
	}

	/**
	 * One page of the tasks that existed on {@code asOf}, each with its {@code status}:
	 * computed, filtered and paged in the database ({@code queries/tasks/page}), so a
	 * page costs the same whatever the number of tasks; filters may be null.
	 */
	public io.directivegraph.web.Page<Map<String, Object>> page(LocalDate asOf, String agency, String document,
			String jurisdiction, TaskStatus status, io.directivegraph.web.Page.Request paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("asOf", asOf.toString());
		parameters.put("agency", agency);
		parameters.put("document", document);
		parameters.put("jurisdiction", jurisdiction);
		parameters.put("status", (status != null) ? status.name() : null);
		parameters.put("skip", paging.skip());
		parameters.put("limit", paging.size());
		Record r = this.driver.executableQuery(CypherFiles.load("queries/tasks/page"))
			.withParameters(parameters)
			.execute()
			.records()
			.get(0);
		return new io.directivegraph.web.Page<>(r.get("items").asList(org.neo4j.driver.Value::asMap),
				r.get("total").asLong());
	}

	/**
	 * One task as of a day; its {@code status} is null when its document was not issued
	 * yet.
	 */
	public Optional<Map<String, Object>> one(String id, LocalDate asOf) {
		return query(id, null, null, null).stream().findFirst().map((r) -> row(r, asOf));
	}

	/** {@link #one(String, LocalDate)} inside a transaction (a read for a write). */
	static Optional<Map<String, Object>> one(org.neo4j.driver.TransactionContext tx, String id, LocalDate asOf) {
		return tx.run(CypherFiles.load("queries/accountability/tasks"), parameters(id, null, null, null))
			.list()
			.stream()
			.findFirst()
			.map((r) -> row(r, asOf));
	}

	private List<Record> query(String task, String agency, String document, String jurisdiction) {
		return this.driver.executableQuery(CypherFiles.load("queries/accountability/tasks"))
			.withParameters(parameters(task, agency, document, jurisdiction))
			.execute()
			.records();
	}

	/** The parameters of {@code queries/accountability/tasks} (null: any). */
	private static Map<String, Object> parameters(String task, String agency, String document, String jurisdiction) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("task", task);
		parameters.put("agency", agency);
		parameters.put("document", document);
		parameters.put("jurisdiction", jurisdiction);
		return parameters;
	}

	private static Map<String, Object> row(Record r, LocalDate asOf) {
		LocalDate deadline = r.get("deadline").isNull() ? null : LocalDate.parse(r.get("deadline").asString());
		LocalDate completed = r.get("completedOn").isNull() ? null : TaskStatus.start(r.get("completedOn").asString());
		LocalDate setOn = r.get("setOn").isNull() ? null : TaskStatus.start(r.get("setOn").asString());
		TaskStatus status = TaskStatus.of(setOn, deadline, completed, asOf);
		Map<String, Object> row = new HashMap<>(r.asMap());
		row.put("status", (status != null) ? status.name() : null);
		// A completion after the day asked is not known yet on that day.
		if (completed != null && completed.isAfter(asOf)) {
			row.put("completedOn", null);
			row.put("fulfilledBy", null);
			row.put("evidence", null);
		}
		row.remove("setOn");
		return row;
	}

}
