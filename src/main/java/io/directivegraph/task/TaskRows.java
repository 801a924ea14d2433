package io.directivegraph.task;

import io.directivegraph.agency.Mergers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.Rows;
import io.directivegraph.web.Page;

/**
 * Tasks with their status as of a day: in the database for a page
 * ({@code queries/tasks/page}), by {@link TaskStatus} row by row otherwise
 * ({@code queries/accountability/tasks}); {@code TaskStatusCypherIT} keeps the two equal.
 */
@Component
public class TaskRows {

	/**
	 * The parameters of {@code queries/accountability/tasks}; null: any.
	 * {@code predecessors}: the units merged into the jurisdiction.
	 */
	record Parameters(String task, String agency, String document, String jurisdiction, String asOf,
			List<Mergers.Merger> predecessors) {

		Parameters(String task, String agency, String document, String jurisdiction, LocalDate asOf) {
			this(task, agency, document, jurisdiction, asOf.toString(), Mergers.predecessors(jurisdiction));
		}

	}

	/** The parameters of {@code queries/tasks/page}; null: any. */
	record PageParameters(String asOf, String q, String agency, String document, String jurisdiction, TaskStatus status,
			long skip, int limit, List<Mergers.Merger> predecessors) {
	}

	private final Driver driver;

	public TaskRows(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Tasks that existed on {@code asOf}, each with its {@code status}; filters may be
	 * null.
	 */
	public List<TaskRow> asOf(LocalDate asOf, String agency, String document, String jurisdiction) {
		return query(new Parameters(null, agency, document, jurisdiction, asOf)).stream()
			.map((r) -> r.asOf(asOf))
			.filter((row) -> row.status() != null)
			.toList();
	}

	/**
	 * One page of the tasks that existed on {@code asOf}, each with its {@code status}:
	 * computed, filtered and paged in the database ({@code queries/tasks/page}), so a
	 * page costs the same whatever the number of tasks; filters may be null.
	 */
	public Page<TaskRow> page(LocalDate asOf, String agency, String document, String jurisdiction, TaskStatus status,
			Page.Request paging) {
		return page(asOf, null, agency, document, jurisdiction, status, paging);
	}

	/**
	 * {@link #page(LocalDate, String, String, String, TaskStatus, Page.Request)} of the
	 * tasks whose title (restored or as written) matches the Lucene query {@code q}.
	 */
	public Page<TaskRow> page(LocalDate asOf, String q, String agency, String document, String jurisdiction,
			TaskStatus status, Page.Request paging) {
		PageParameters parameters = new PageParameters(asOf.toString(), q, agency, document, jurisdiction, status,
				paging.skip(), paging.size(), Mergers.predecessors(jurisdiction));
		Record r = this.driver.executableQuery(CypherFiles.load("queries/tasks/page"))
			.withParameters(Rows.parameters(parameters))
			.execute()
			.records()
			.get(0);
		return new Page<>(Rows.list(r.get("items"), TaskRow.Read.class).stream().map(TaskRow.Read::withStatus).toList(),
				r.get("total").asLong());
	}

	/**
	 * One task as of a day; its {@code status} is null when its document was not issued
	 * yet.
	 */
	public Optional<TaskRow> one(String id, LocalDate asOf) {
		return query(new Parameters(id, null, null, null, asOf)).stream().findFirst().map((r) -> r.asOf(asOf));
	}

	/** {@link #one(String, LocalDate)} inside a transaction (a read for a write). */
	static Optional<TaskRow> one(TransactionContext tx, String id, LocalDate asOf) {
		return tx
			.run(CypherFiles.load("queries/accountability/tasks"),
					Rows.parameters(new Parameters(id, null, null, null, asOf)))
			.list()
			.stream()
			.findFirst()
			.map((r) -> r.as(TaskRow.Read.class).asOf(asOf));
	}

	private List<TaskRow.Read> query(Parameters parameters) {
		return this.driver.executableQuery(CypherFiles.load("queries/accountability/tasks"))
			.withParameters(Rows.parameters(parameters))
			.execute()
			.records()
			.stream()
			.map((r) -> r.as(TaskRow.Read.class))
			.toList();
	}

}
