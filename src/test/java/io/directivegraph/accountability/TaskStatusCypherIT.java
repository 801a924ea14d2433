package io.directivegraph.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.TestNeo4j;
import io.directivegraph.task.TaskRow;
import io.directivegraph.task.TaskRows;
import io.directivegraph.web.Page;
import io.directivegraph.task.TaskStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue report counts in Cypher with the rule of {@link TaskStatus}; on random
 * tasks (dates to the day, month or year, completions by hand or by fulfilling documents,
 * manual overrides, no lead) the report, the task list, the report's read model
 * ({@link OverdueCounts}) and the Java rule give the same counts on every day asked, also
 * after the graph is changed behind the service's back.
 */
class TaskStatusCypherIT {

	private static final String J = "Tỉnh Thử";

	private final Driver driver = TestNeo4j.driver();

	private final Random random = new Random(20261123);

	@Test
	void theReportTheTaskListAndTheJavaRuleAgreeOnRandomTasks() {
		TestNeo4j.clear();
		List<Map<String, Object>> tasks = new ArrayList<>();
		List<Map<String, Object>> expectedInputs = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			String setOn = someIssueDate();
			LocalDate deadline = this.random.nextInt(5) == 0 ? null : someDay();
			LocalDate manual = this.random.nextInt(6) == 0 ? someDay() : null;
			String fulfilledOn = this.random.nextInt(3) == 0 ? someIssueDate() : null;
			boolean fulfilmentManual = fulfilledOn != null && this.random.nextInt(4) == 0;
			String fulfilment = fulfilmentManual ? "MANUAL" : (this.random.nextInt(10) == 0 ? "NONE" : null);
			boolean linkAuto = !fulfilmentManual;
			String lead = this.random.nextInt(8) == 0 ? null : "agency-" + this.random.nextInt(4);
			Map<String, Object> task = new HashMap<>();
			task.put("id", "t" + i);
			task.put("setOn", setOn);
			// The day its tasks count from, as ingest writes it (a month: its last day).
			task.put("setOnDay", (setOn != null) ? TaskStatus.end(setOn).toString() : null);
			task.put("deadline", deadline);
			task.put("completedOn", manual);
			task.put("fulfilledOn", fulfilledOn);
			task.put("fulfilment", fulfilment);
			task.put("auto", linkAuto);
			task.put("lead", lead);
			tasks.add(task);
			expectedInputs.add(task);
		}
		this.driver
			.executableQuery(
					"""
							MERGE (j:Jurisdiction {name: $j})
							WITH j
							UNWIND range(0, 3) AS i
							CREATE (:Agency {id: 'agency-' + i, name: 'Cơ quan ' + i, jurisdiction: $j})
							WITH DISTINCT j
							UNWIND $tasks AS x
							CREATE (d:Document {id: 'd-' + x.id, jurisdiction: $j, issuedOn: x.setOn, setOn: x.setOnDay, kind: 'PLAN'})
							CREATE (d)-[:HAS_TASK]->(t:Task {id: x.id, deadline: x.deadline, completedOn: x.completedOn,
							  fulfilment: x.fulfilment})
							WITH t, x
							CALL (t, x) {
							  WITH * WHERE x.fulfilledOn IS NOT NULL
							  CREATE (t)-[:FULFILLED_BY {auto: x.auto}]->(:Document {id: 'f-' + x.id, jurisdiction: $j,
							    issuedOn: x.fulfilledOn})
							}
							CALL (t, x) {
							  WITH * WHERE x.lead IS NOT NULL
							  MATCH (a:Agency {id: x.lead})
							  CREATE (t)-[:LEAD_UNIT]->(a)
							}""")
			.withParameters(Map.of("j", J, "tasks", tasks))
			.execute();

		OverdueCounts model = new OverdueCounts(this.driver);
		// Before its view is read the report comes from the database.
		agree(expectedInputs, model);
		model.refresh(J);
		long reads = model.reads();
		long served = model.served();
		agree(expectedInputs, model);
		// Read once, then counted in memory while nothing changes.
		assertThat(model.served()).isGreaterThan(served);
		assertThat(model.reads()).isEqualTo(reads);

		// Changes made around the service (as another process, Neo4j Browser or another
		// client of the database would): the view is not used any more, the report is
		// right at once, and the view is read again.
		Map<String, Object> changed = expectedInputs.stream()
			.filter((x) -> x.get("completedOn") == null && x.get("fulfilledOn") == null && x.get("deadline") != null)
			.findFirst()
			.orElseThrow();
		changed.put("completedOn", LocalDate.parse("2020-01-01"));
		this.driver.executableQuery("MATCH (t:Task {id: $id}) SET t.completedOn = date('2020-01-01')")
			.withParameters(Map.of("id", changed.get("id")))
			.execute();
		served = model.served();
		model.report(LocalDate.parse("2024-12-31"), J);
		assertThat(model.served()).as("a view read before the change").isEqualTo(served);
		agree(expectedInputs, model);
		model.refresh(J);
		assertThat(model.reads()).isGreaterThan(reads);
		served = model.served();
		agree(expectedInputs, model);
		assertThat(model.served()).isGreaterThan(served);

		Map<String, Object> moved = expectedInputs.stream()
			.filter((x) -> x.get("lead") != null && !"agency-0".equals(x.get("lead")))
			.findFirst()
			.orElseThrow();
		moved.put("lead", "agency-0");
		this.driver.executableQuery("""
				MATCH (t:Task {id: $id})-[l:LEAD_UNIT]->() DELETE l
				WITH DISTINCT t MATCH (a:Agency {id: 'agency-0'}) CREATE (t)-[:LEAD_UNIT]->(a)""")
			.withParameters(Map.of("id", moved.get("id")))
			.execute();
		agree(expectedInputs, model);
		model.refresh(J);
		served = model.served();
		agree(expectedInputs, model);
		assertThat(model.served()).isGreaterThan(served);
	}

	private void agree(List<Map<String, Object>> expectedInputs, OverdueCounts model) {
		TaskRows rows = new TaskRows(this.driver);
		for (String day : List.of("2019-06-30", "2020-01-01", "2021-03-31", "2021-04-01", "2022-07-15", "2024-12-31")) {
			LocalDate asOf = LocalDate.parse(day);
			Map<String, long[]> expected = new TreeMap<>();
			for (Map<String, Object> x : expectedInputs) {
				TaskStatus status = TaskStatus.of(TaskStatus.start((String) x.get("setOnDay")),
						(LocalDate) x.get("deadline"), completion(x), asOf);
				if (status != null) {
					expected.computeIfAbsent(String.valueOf(x.get("lead")),
							(k) -> new long[TaskStatus.values().length])[status.ordinal()]++;
				}
			}
			Map<String, long[]> fromList = new TreeMap<>();
			for (TaskRow row : rows.asOf(asOf, null, null, J)) {
				fromList.computeIfAbsent(String.valueOf((row.lead() != null) ? row.lead().id() : null),
						(k) -> new long[TaskStatus.values().length])[row.status().ordinal()]++;
			}
			Map<String, long[]> fromReport = new TreeMap<>();
			this.driver.executableQuery(CypherFiles.load("queries/accountability/overdue"))
				.withParameters(Map.of("asOf", day, "jurisdiction", J, "predecessors", List.of()))
				.execute()
				.records()
				.forEach((r) -> {
					long[] counts = new long[TaskStatus.values().length];
					counts[TaskStatus.OVERDUE.ordinal()] = r.get("overdue").asLong();
					counts[TaskStatus.DONE_LATE.ordinal()] = r.get("doneLate").asLong();
					counts[TaskStatus.DONE_ON_TIME.ordinal()] = r.get("doneOnTime").asLong();
					counts[TaskStatus.PENDING.ordinal()] = r.get("pending").asLong();
					counts[TaskStatus.OPEN.ordinal()] = r.get("open").asLong();
					counts[TaskStatus.UNDATED.ordinal()] = r.get("undated").asLong();
					fromReport.put(
							String.valueOf(r.get("agency").isNull() ? null : r.get("agency").get("id").asString()),
							counts);
				});
			Map<String, long[]> fromModel = new TreeMap<>();
			for (OverdueCounts.AgencyCounts c : model.report(asOf, J)) {
				long[] counts = new long[TaskStatus.values().length];
				counts[TaskStatus.OVERDUE.ordinal()] = c.overdue();
				counts[TaskStatus.DONE_LATE.ordinal()] = c.doneLate();
				counts[TaskStatus.DONE_ON_TIME.ordinal()] = c.doneOnTime();
				counts[TaskStatus.PENDING.ordinal()] = c.pending();
				counts[TaskStatus.OPEN.ordinal()] = c.open();
				counts[TaskStatus.UNDATED.ordinal()] = c.undated();
				fromModel.put(String.valueOf((c.agency() != null) ? c.agency().id() : null), counts);
			}
			assertThat(fromReport).as("report on " + day).usingRecursiveComparison().isEqualTo(expected);
			assertThat(fromModel).as("read model on " + day).usingRecursiveComparison().isEqualTo(expected);
			// The same order as the Cypher report (most overdue first).
			assertThat(model.report(asOf, J).stream().map(OverdueCounts.AgencyCounts::overdue).toList())
				.isSortedAccordingTo(java.util.Comparator.reverseOrder());
			assertThat(fromList).as("task list on " + day).usingRecursiveComparison().isEqualTo(expected);
			pagedInTheDatabaseAsInJava(rows, asOf);
		}
	}

	/**
	 * The task list's pages, computed and cut in the database, are the Java rule's list
	 * filtered and cut in memory: same rows, same order, same values.
	 */
	private static void pagedInTheDatabaseAsInJava(TaskRows rows, LocalDate asOf) {
		List<TaskRow> all = rows.asOf(asOf, null, null, J);
		java.util.List<TaskStatus> statuses = new ArrayList<>(List.of(TaskStatus.values()));
		statuses.add(null);
		for (TaskStatus status : statuses) {
			List<TaskRow> wanted = all.stream().filter((row) -> status == null || status == row.status()).toList();
			for (int[] paging : new int[][] { { 0, 500 }, { 3, 7 }, { 1000, 20 } }) {
				Page.Request request = Page.Request.of(paging[0], paging[1]);
				Page<TaskRow> expected = request.slice(wanted);
				Page<TaskRow> page = rows.page(asOf, null, null, J, status, request);
				assertThat(page.total()).as("total of %s on %s", status, asOf).isEqualTo(expected.total());
				assertThat(page.items()).as("page %s of %s on %s", java.util.Arrays.toString(paging), status, asOf)
					.usingRecursiveComparison()
					.isEqualTo(expected.items());
			}
		}
		String agency = "agency-1";
		assertThat(rows.page(asOf, agency, null, J, null, Page.Request.of(0, 500)).items()).usingRecursiveComparison()
			.isEqualTo(rows.asOf(asOf, agency, null, J));
	}

	/**
	 * What the task's completion is by the rules: by hand first, else its fulfilling
	 * document.
	 */
	private static LocalDate completion(Map<String, Object> x) {
		if (x.get("completedOn") != null) {
			return (LocalDate) x.get("completedOn");
		}
		if (x.get("fulfilledOn") == null || "NONE".equals(x.get("fulfilment"))) {
			return null;
		}
		return TaskStatus.start((String) x.get("fulfilledOn"));
	}

	/**
	 * Half of the days on the edges that matter: the days asked, the day after, quarter
	 * ends.
	 */
	private LocalDate someDay() {
		if (this.random.nextBoolean()) {
			return LocalDate.parse(EDGES.get(this.random.nextInt(EDGES.size())));
		}
		return LocalDate.of(2019, 1, 1).plusDays(this.random.nextInt(6 * 365));
	}

	private static final List<String> EDGES = List.of("2020-01-01", "2021-03-31", "2021-04-01", "2022-07-15",
			"2022-07-16", "2022-07-14", "2020-03-31", "2021-06-30", "2019-06-30", "2024-12-31", "2021-03-01",
			"2022-07-01");

	/**
	 * An issue date as documents give it: to the day, the month, the year, or unknown.
	 */
	private String someIssueDate() {
		String day = someDay().toString();
		return switch (this.random.nextInt(10)) {
			case 0 -> null;
			case 1 -> day.substring(0, 4);
			case 2, 3 -> day.substring(0, 7);
			default -> day;
		};
	}

}
