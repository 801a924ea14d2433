package io.directivegraph.task;

import io.directivegraph.agency.Mergers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
			String dueBy, long skip, int limit, List<Mergers.Merger> predecessors) {
	}

	/**
	 * What a list of tasks asks for: filters may be null; {@code dueWithin} (days) keeps
	 * the tasks not done whose deadline falls from {@code asOf} to that many days later.
	 */
	public record Filter(LocalDate asOf, String q, String agency, String document, String jurisdiction,
			TaskStatus status, Integer dueWithin) {

		/**
		 * The filter from a request's parameters (blank = none), as
		 * {@code GET /api/tasks} and its file twins read them.
		 */
		public static Filter of(String agency, String document, String status, String asOf, String jurisdiction,
				String q, Integer dueWithin, java.time.Clock clock) {
			TaskStatus wanted = (status != null && !status.isBlank()) ? TaskStatus.parse(status) : null;
			if (dueWithin != null && (dueWithin < 0 || dueWithin > 3660)) {
				throw new io.directivegraph.web.BadRequestException("task.due-within", dueWithin);
			}
			return new Filter(TaskStatus.day(asOf, clock), io.directivegraph.web.FullTextQuery.of(q), blank(agency),
					blank(document), blank(jurisdiction), wanted, dueWithin);
		}

		private static String blank(String s) {
			return (s == null || s.isBlank()) ? null : s.strip();
		}

		String dueBy() {
			return (this.dueWithin != null) ? this.asOf.plusDays(this.dueWithin).toString() : null;
		}

		PageParameters parameters(long skip, int limit) {
			return new PageParameters(this.asOf.toString(), this.q, this.agency, this.document, this.jurisdiction,
					this.status, dueBy(), skip, limit, Mergers.predecessors(this.jurisdiction));
		}

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
		return page(new Filter(asOf, q, agency, document, jurisdiction, status, null), paging);
	}

	/** One page of the tasks the filter asks for ({@code queries/tasks/page}). */
	public Page<TaskRow> page(Filter filter, Page.Request paging) {
		PageParameters parameters = filter.parameters(paging.skip(), paging.size());
		Record r = this.driver.executableQuery(CypherFiles.load("queries/tasks/page"))
			.withParameters(Rows.parameters(parameters))
			.execute()
			.records()
			.get(0);
		return new Page<>(r.get("items").asList((v) -> TaskRowMapper.read(v).withStatus()), r.get("total").asLong());
	}

	/**
	 * Every task the filter asks for, in the order of the pages, handed over one by one
	 * as the database streams them ({@code queries/tasks/export}): an export of a
	 * province's tasks holds one row at a time, not the province.
	 * @return how many
	 */
	public long stream(Filter filter, java.util.function.Consumer<TaskRow> each) {
		try (org.neo4j.driver.Session session = this.driver.session(org.neo4j.driver.SessionConfig.builder()
			.withDefaultAccessMode(org.neo4j.driver.AccessMode.READ)
			.withFetchSize(5000)
			.build())) {
			return session.executeRead((tx) -> {
				Map<String, TaskRow.Successor> successors = successors(tx, filter.asOf());
				org.neo4j.driver.Result result = tx.run(CypherFiles.load("queries/tasks/export"),
						Rows.parameters(filter.parameters(0, 0)));
				long n = 0;
				while (result.hasNext()) {
					TaskRow row = TaskRowMapper.read(result.next().get("item")).withStatus();
					each.accept((row.lead() != null) ? row.withResponsible(successors.get(row.lead().id())) : row);
					n++;
				}
				return n;
			});
		}
	}

	/**
	 * Who answers on a day for each agency that was succeeded (a few hundred at most):
	 * looked up once for an export rather than once for each of its tasks.
	 */
	private static Map<String, TaskRow.Successor> successors(TransactionContext tx, LocalDate asOf) {
		List<String> ids = tx.run(CypherFiles.load("queries/agencies/succeeded")).list((r) -> r.get("id").asString());
		Map<String, TaskRow.Successor> successors = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			tx.run(CypherFiles.load("queries/agencies/responsible"), Map.of("ids", ids, "asOf", asOf.toString()))
				.forEachRemaining((r) -> {
					if (!r.get("responsible").isNull()) {
						successors.put(r.get("id").asString(),
								new TaskRow.Successor(r.get("responsible").get("id").asString(),
										r.get("responsible").get("name").asString(),
										r.get("responsible").get("on").asString()));
					}
				});
		}
		return successors;
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
			.map((r) -> TaskRowMapper.read(r).asOf(asOf));
	}

	private List<TaskRow.Read> query(Parameters parameters) {
		return this.driver.executableQuery(CypherFiles.load("queries/accountability/tasks"))
			.withParameters(Rows.parameters(parameters))
			.execute()
			.records()
			.stream()
			.map(TaskRowMapper::read)
			.toList();
	}

}
