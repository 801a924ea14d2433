package io.directivegraph.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.directivegraph.agency.Successions;
import io.directivegraph.explore.TaskStatusLabels;
import io.directivegraph.ingest.FolderIngest;
import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.TestNeo4j;
import io.directivegraph.task.TaskRow;
import io.directivegraph.task.TaskRows;
import io.directivegraph.task.TaskStatus;
import io.directivegraph.task.TaskUpdates;
import io.directivegraph.web.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule "a completion recorded by hand wins, else the earliest fulfilling document,
 * and a completion after the day asked is not known yet" is written in five Cypher files,
 * which cannot share a fragment: the task list ({@code tasks/page}), its export
 * ({@code tasks/export}), the overdue report ({@code accountability/overdue} and the
 * in-process view read by {@code accountability/status-inputs}), the trends
 * ({@code accountability/trends}) and the Browser's status labels
 * ({@code explore/task-status-inputs}). On the seeds, with completions recorded by hand
 * over automatic fulfilments (done later, not done) and on tasks no document fulfils, all
 * five give every task the same status on each of several days.
 */
@ApiTest
class CompletionRuleAgreementIT {

	private static final List<LocalDate> DAYS = List.of(LocalDate.parse("2021-09-30"), LocalDate.parse("2022-06-30"),
			LocalDate.parse("2023-12-31"), LocalDate.parse("2026-12-01"));

	@Autowired
	Driver driver;

	@Autowired
	TaskRows rows;

	@Autowired
	TaskUpdates updates;

	@Autowired
	OverdueCounts counts;

	@Autowired
	Trends trends;

	@Autowired
	TaskStatusLabels labels;

	@Autowired
	java.time.Clock clock;

	@Autowired
	void seeds(FolderIngest ingest, Successions successions) throws Exception {
		TestNeo4j.seedsFor(getClass(), ingest, successions);
	}

	private List<String> ids(String cypher) {
		return this.driver.executableQuery(cypher)
			.execute()
			.records()
			.stream()
			.map((r) -> r.get(0).asString())
			.toList();
	}

	@Test
	void everyQueryGivesEveryTaskTheSameStatusOnEveryDay() {
		List<String> fulfilled = ids(
				"MATCH (t:Task)-[r:FULFILLED_BY]->(:Document) WHERE r.auto AND t.completedOn IS NULL "
						+ "RETURN DISTINCT t.id ORDER BY t.id LIMIT 2");
		List<String> unfulfilled = ids("MATCH (t:Task) WHERE NOT (t)-[:FULFILLED_BY]->() AND t.deadline IS NOT NULL "
				+ "RETURN t.id ORDER BY t.id LIMIT 2");
		assertThat(fulfilled).as("tasks fulfilled by a document automatically").hasSize(2);
		assertThat(unfulfilled).hasSize(2);
		// By hand: one automatic fulfilment denied, one dated later; two tasks done
		// without a document, one before its deadline and one long after.
		this.updates.apply(fulfilled.get(0), Map.of("status", "NOT_DONE"), "test");
		this.updates.apply(fulfilled.get(1), Map.of("status", "DONE", "completedOn", "2023-06-15"), "test");
		this.updates.apply(unfulfilled.get(0), Map.of("status", "DONE", "completedOn", "2021-03-01"), "test");
		this.updates.apply(unfulfilled.get(1), Map.of("status", "DONE", "completedOn", "2024-05-20"), "test");
		this.counts.refresh(null);

		for (LocalDate day : DAYS) {
			Map<String, TaskRow> exported = new LinkedHashMap<>();
			this.rows.stream(new TaskRows.Filter(day, null, null, null, null, null, null),
					(t) -> exported.put(t.id(), t));
			Map<String, TaskStatus> listed = new HashMap<>();
			for (int page = 0;; page++) {
				Page<TaskRow> rows = this.rows.page(new TaskRows.Filter(day, null, null, null, null, null, null),
						new Page.Request(page, Page.MAX_SIZE));
				rows.items().forEach((t) -> listed.put(t.id(), t.status()));
				if (rows.items().size() < Page.MAX_SIZE) {
					break;
				}
			}
			Map<String, TaskStatus> fromExport = new HashMap<>();
			exported.forEach((id, t) -> fromExport.put(id, t.status()));
			assertThat(listed).as("the list and its export on " + day).isEqualTo(fromExport);
			assertThat(fromExport.get(fulfilled.get(0))).isNotIn(TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE);

			// The report per lead agency, from the database and from the in-process view.
			Map<String, List<Long>> byAgency = new TreeMap<>();
			for (TaskRow t : exported.values()) {
				List<Long> c = byAgency.computeIfAbsent((t.lead() != null) ? t.lead().id() : "-",
						(k) -> new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L, 0L)));
				int i = List
					.of(TaskStatus.OVERDUE, TaskStatus.DONE_LATE, TaskStatus.DONE_ON_TIME, TaskStatus.PENDING,
							TaskStatus.OPEN, TaskStatus.UNDATED)
					.indexOf(t.status());
				c.set(i, c.get(i) + 1);
			}
			Map<String, List<Long>> reported = new TreeMap<>();
			for (OverdueCounts.AgencyCounts c : this.counts.report(day, null)) {
				reported.put((c.agency() != null) ? c.agency().id() : "-",
						List.of(c.overdue(), c.doneLate(), c.doneOnTime(), c.pending(), c.open(), c.undated()));
			}
			reported.values().removeIf((c) -> c.stream().mapToLong(Long::longValue).sum() == 0);
			assertThat(reported).as("the overdue report on " + day).isEqualTo(byAgency);

			// The trends: per agency and quarter of the deadline, the tasks due by the
			// day.
			Map<String, List<Long>> quarters = new TreeMap<>();
			for (TaskRow t : exported.values()) {
				if (t.deadline() == null || t.status() == TaskStatus.UNDATED
						|| t.deadline().compareTo(day.toString()) > 0) {
					continue;
				}
				LocalDate deadline = LocalDate.parse(t.deadline());
				String key = ((t.lead() != null) ? t.lead().id() : "-") + " " + deadline.getYear() + "-q"
						+ ((deadline.getMonthValue() - 1) / 3 + 1);
				List<Long> c = quarters.computeIfAbsent(key, (k) -> new ArrayList<>(List.of(0L, 0L, 0L, 0L)));
				int i = switch (t.status()) {
					case DONE_ON_TIME -> 1;
					case DONE_LATE -> 2;
					default -> 3;
				};
				c.set(0, c.get(0) + 1);
				c.set(i, c.get(i) + 1);
			}
			Map<String, List<Long>> trended = new TreeMap<>();
			for (Trends.Quarter q : this.trends.quarters(day, null, null)) {
				trended.put(((q.agency() != null) ? q.agency().id() : "-") + " " + q.year() + "-q" + q.quarter(),
						List.of(q.due(), q.onTime(), q.late(), q.notDone()));
			}
			assertThat(trended).as("the trends on " + day).isEqualTo(quarters);

		}

		// The Browser's labels are today's statuses (a change made meanwhile relabels its
		// task for today in the background, so only today's can be compared).
		LocalDate today = LocalDate.now(this.clock);
		this.labels.refresh(today);
		Map<String, TaskStatus> expected = new HashMap<>();
		this.rows.stream(new TaskRows.Filter(today, null, null, null, null, null, null),
				(t) -> expected.put(t.id(), t.status()));
		Map<String, TaskStatus> labelled = new HashMap<>();
		this.driver.executableQuery("MATCH (t:Task) RETURN t.id AS id, labels(t) AS labels")
			.execute()
			.records()
			.forEach((r) -> {
				for (TaskStatus status : TaskStatus.values()) {
					if (r.get("labels").asList().contains(TaskStatusLabels.label(status))) {
						labelled.put(r.get("id").asString(), status);
					}
				}
			});
		assertThat(labelled).as("the Browser's labels today").isEqualTo(expected);
	}

}
