package io.directivegraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.directivegraph.neo4j.GraphTransactions;
import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.TestNeo4j;
import io.directivegraph.task.TaskUpdates;

import static org.assertj.core.api.Assertions.assertThat;

/** Ingest of the seeds into a real Neo4j (in-process harness). */
@ApiTest
class GraphIngestIT {

	static final Path SEEDS = Path.of("import/documents");

	@Autowired
	GraphIngest ingest;

	@Autowired
	FolderIngest folder;

	@Autowired
	Driver driver;

	@Autowired
	GraphTransactions writes;

	@BeforeEach
	void empty() {
		TestNeo4j.clear();
	}

	private long count(String cypher) {
		return count(cypher, Map.of());
	}

	private long count(String cypher, Map<String, Object> parameters) {
		return this.driver.executableQuery(cypher)
			.withParameters(parameters)
			.execute()
			.records()
			.get(0)
			.get(0)
			.asLong();
	}

	List<IngestResult> ingestSeeds() {
		return this.folder.ingest(FolderIngest.files(List.of(SEEDS)), (n, r) -> {
		});
	}

	@Test
	void everyDocumentWithTextIsOneNodeAndTheSameShortNumberIsThreeDocuments() {
		assertThat(ingestSeeds()).extracting(IngestResult::status).containsOnly(IngestResult.Status.INGESTED);

		// 000, 001, 002, 004 and the six parts of the compilation 003.
		assertThat(count("MATCH (d:Document {hasText: true}) RETURN count(d)")).isEqualTo(10);
		assertThat(count("MATCH (d:Program:Document {id: 'hau-giang.program.50-ctr-tu.2021'}) RETURN count(d)"))
			.isEqualTo(1);
		assertThat(count("MATCH (d:Document {number: '07-NQ/TU'}) RETURN count(DISTINCT d.jurisdiction)"))
			.isGreaterThanOrEqualTo(2);
		assertThat(
				count("""
						MATCH (:Document {id: 'hau-giang.program.50-ctr-tu.2021'})-[:SUPERSEDES]->(old:Document {number: '07-CTr/TU'})
						RETURN count(DISTINCT old)"""))
			.isEqualTo(1);
	}

	@Test
	void tasksHaveLeadsAndDueQuartersAndEveryFactItsLine() {
		ingestSeeds();
		assertThat(
				count("""
						MATCH (:Document {id: 'hau-giang.program.50-ctr-tu.2021'})-[:HAS_TASK]->(t:Task)-[:LEAD_UNIT]->(:Agency {name: 'Ban Tổ chức Tỉnh ủy', jurisdiction: 'Hậu Giang'})
						RETURN count(t)"""))
			.isGreaterThanOrEqualTo(5);
		assertThat(count("""
				MATCH (t:Task)-[:DUE_IN]->(:Quarter {year: 2021, quarter: 4})
				WHERE t.source = '001_8cb44f0713b8000c.txt'
				RETURN count(t)""")).isGreaterThanOrEqualTo(3);
		// "show me where this was said": the OCR seed cites 29-CT/TW on line 519.
		assertThat(count("""
				MATCH (:Source {file: '001_8cb44f0713b8000c.txt'})-[c:CITES]->(:Document {number: '29-CT/TW'})
				RETURN min(c.line)""")).isEqualTo(519);
	}

	@Test
	void reingestingIdenticalContentIsANoOp() {
		ingestSeeds();
		long nodes = count("MATCH (n) RETURN count(n)");
		long edges = count("MATCH ()-[r]->() RETURN count(r)");
		assertThat(ingestSeeds()).extracting(IngestResult::status).containsOnly(IngestResult.Status.UNCHANGED);
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(edges);
	}

	@Test
	void changedContentReplacesExactlyThatSourcesFacts() throws IOException {
		ingestSeeds();
		long otherTasks = count("MATCH (t:Task) WHERE t.source <> '001_8cb44f0713b8000c.txt' RETURN count(t)");
		long tasks = count("MATCH (t:Task {source: '001_8cb44f0713b8000c.txt'}) RETURN count(t)");
		String text = Files.readString(SEEDS.resolve("001_8cb44f0713b8000c.txt"));
		String changed = text
			.replace("Ban T6 chirc Tinh iy tham muu x4y dung Dé 4n, thoi gian hoan thanh trong\nquy Il nam 2021.", "");
		assertThat(changed).isNotEqualTo(text);

		IngestResult result = this.ingest.ingest("001_8cb44f0713b8000c.txt", changed.getBytes(StandardCharsets.UTF_8));

		assertThat(result.status()).isEqualTo(IngestResult.Status.INGESTED);
		assertThat(count("MATCH (t:Task {source: '001_8cb44f0713b8000c.txt'}) RETURN count(t)")).isEqualTo(tasks - 1);
		assertThat(count("MATCH (t:Task) WHERE t.source <> '001_8cb44f0713b8000c.txt' RETURN count(t)"))
			.isEqualTo(otherTasks);
		assertThat(count("MATCH (d:Document {id: 'hau-giang.program.50-ctr-tu.2021', hasText: true}) RETURN count(d)"))
			.isEqualTo(1);
	}

	@Test
	void aFileThatCannotBeReadIsSkippedAndTheOthersLoad(@TempDir Path dir) throws IOException {
		Files.write(dir.resolve("broken.txt"), new byte[] { 0, 1, 2, 3, (byte) 0xFF, 0, 9 });
		Files.copy(SEEDS.resolve("004_5bfabac78e74c348.txt"), dir.resolve("004.txt"));

		List<IngestResult> results = this.folder.ingest(FolderIngest.files(List.of(dir)), (n, r) -> {
		});

		assertThat(results).extracting(IngestResult::status)
			.containsExactly(IngestResult.Status.INGESTED, IngestResult.Status.SKIPPED);
		assertThat(results.get(1).reason()).contains("binary");
		assertThat(count("MATCH (s:Source) RETURN count(s)")).isEqualTo(1);
	}

	@Test
	void aDatelessCitationWithTwoCandidatesStaysUnresolved() {
		String first = "NGHỊ QUYẾT\nSố 09-NQ/TU ngày 10 tháng 6 năm 2014\n\nTỉnh ủy Hậu Giang ban hành.\n";
		String second = "NGHỊ QUYẾT\nSố 09-NQ/TU ngày 05 tháng 3 năm 2022\n\nTỉnh ủy Hậu Giang ban hành.\n";
		String citing = "CHƯƠNG TRÌNH\nHậu Giang, ngày 01 tháng 6 năm 2023\n\nThực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy.\n";
		this.ingest.ingest("a.txt", first.getBytes(StandardCharsets.UTF_8));
		this.ingest.ingest("b.txt", second.getBytes(StandardCharsets.UTF_8));
		IngestResult result = this.ingest.ingest("c.txt", citing.getBytes(StandardCharsets.UTF_8));

		assertThat(result.unresolved()).isEqualTo(1);
		assertThat(count("MATCH (d:Document {number: '09-NQ/TU'}) RETURN count(d)")).isEqualTo(2);
		assertThat(count("MATCH (r:Reference {number: '09-NQ/TU'}) RETURN size(r.candidates)")).isEqualTo(2);
	}

	@Test
	void anUnresolvedCitationStatedThreeTimesIsOneReferenceWithThreeLines() {
		String first = "NGHỊ QUYẾT\nSố 31-NQ/TU ngày 10 tháng 6 năm 2014\n\nTỉnh ủy Hậu Giang ban hành.\n";
		String second = "NGHỊ QUYẾT\nSố 31-NQ/TU ngày 05 tháng 3 năm 2022\n\nTỉnh ủy Hậu Giang ban hành.\n";
		String citing = "CHƯƠNG TRÌNH\nHậu Giang, ngày 01 tháng 6 năm 2023\n\nThực hiện Nghị quyết số 31-NQ/TU của Tỉnh ủy.\n"
				+ "Tiếp tục quán triệt Nghị quyết số 31-NQ/TU.\nSơ kết Nghị quyết số 31-NQ/TU.\n";
		this.ingest.ingest("r1.txt", first.getBytes(StandardCharsets.UTF_8));
		this.ingest.ingest("r2.txt", second.getBytes(StandardCharsets.UTF_8));
		this.ingest.ingest("r3.txt", citing.getBytes(StandardCharsets.UTF_8));

		assertThat(count("MATCH (r:Reference {number: '31-NQ/TU', source: 'r3.txt'}) RETURN count(r)")).isEqualTo(1);
		assertThat(count("MATCH (r:Reference {number: '31-NQ/TU', source: 'r3.txt'}) RETURN size(r.lines)"))
			.isEqualTo(3);
	}

	@Test
	void concurrentIngestsOfFilesCitingTheSameDocumentsCreateNoDuplicates() throws Exception {
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = pool.submit(
					() -> this.ingest.ingest("000.txt", Files.readAllBytes(SEEDS.resolve("000_6c4f176d180325ff.txt"))));
			var second = pool.submit(
					() -> this.ingest.ingest("002.txt", Files.readAllBytes(SEEDS.resolve("002_3af1d634d45fff12.txt"))));
			assertThat(first.get().status()).isEqualTo(IngestResult.Status.INGESTED);
			assertThat(second.get().status()).isEqualTo(IngestResult.Status.INGESTED);
		}
		finally {
			pool.shutdown();
		}
		// Both cite Nghị quyết 13-NQ/TW of 2022: one node, cited from both files.
		assertThat(count("MATCH (d:Document {number: '13-NQ/TW'}) RETURN count(d)")).isEqualTo(1);
		assertThat(count("MATCH (:Source)-[:CITES]->(d:Document {number: '13-NQ/TW'}) RETURN count(DISTINCT d)"))
			.isEqualTo(1);
	}

	@Autowired
	GraphExport export;

	@Autowired
	TaskUpdates updates;

	@Autowired
	io.directivegraph.explore.TaskStatusLabels labels;

	@Test
	void anExportLoadedWithLoadCsvIntoAnEmptyDatabaseGivesTheSameGraph() {
		ingestSeeds();
		// With a completion recorded by hand, which must travel too.
		this.updates.apply("hau-giang.program.50-ctr-tu.2021.ta87ebc1daed5",
				Map.of("completedOn", "2021-10-01", "evidence", "Tờ trình số 45-TTr/BTCTU"), "tester");
		// The status labels are derived and refreshed in the background after a change:
		// refreshed here on both sides, so the shapes do not race that refresh.
		this.labels.refreshToday();
		Map<String, Long> before = shape();
		this.export.export(TestNeo4j.IMPORT.resolve("export"));
		TestNeo4j.clear();
		assertThat(count("MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock RETURN count(n)"))
			.isZero();

		this.export.load("file:///export");
		this.labels.refreshToday();

		assertThat(shape()).isEqualTo(before);
		assertThat(count("""
				MATCH (t:Task {id: 'hau-giang.program.50-ctr-tu.2021.ta87ebc1daed5', completedOn: date('2021-10-01'),
				  evidence: 'Tờ trình số 45-TTr/BTCTU'})-[:HAS_UPDATE]->(:TaskUpdate {by: 'tester'})
				RETURN count(t)""")).isEqualTo(1);
	}

	private Map<String, Long> shape() {
		return GraphShape.of(this.driver);
	}

	@Autowired
	Fulfilment fulfilment;

	private List<String> autoLinks() {
		return this.driver
			.executableQuery("MATCH (:Task)-[r:FULFILLED_BY|FULFILMENT_CANDIDATE]->() WHERE coalesce(r.auto, true) "
					+ "RETURN elementId(r) AS id ORDER BY id")
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("id").asString())
			.toList();
	}

	@Test
	void recomputingFulfilmentRewritesOnlyTheTasksWhoseLinksDiffer() {
		ingestSeeds();
		List<String> jurisdictions = this.driver.executableQuery("MATCH (j:Jurisdiction) RETURN j.name AS name")
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("name").asString())
			.toList();
		List<String> before = autoLinks();
		assertThat(before).isNotEmpty();

		this.fulfilment.update(jurisdictions);
		assertThat(autoLinks()).as("nothing changed: nothing rewritten").isEqualTo(before);

		// A link lost (or edited by hand in Browser) comes back; the others stay as
		// they are.
		this.driver.executableQuery("MATCH ()-[r]->() WHERE elementId(r) = $id DELETE r")
			.withParameters(Map.of("id", before.get(0)))
			.execute();
		this.fulfilment.update(jurisdictions);
		List<String> after = autoLinks();
		assertThat(after).hasSameSizeAs(before).containsAll(before.subList(1, before.size()));
	}

	@Test
	void fulfilmentLeftUndoneByAnInterruptedBulkIngestIsCompletedByTheNextIngest() throws Exception {
		// A bulk ingest writes every file, then computes fulfilment once; stopped in
		// between, the changed jurisdictions stay marked.
		for (Path file : FolderIngest.files(List.of(SEEDS))) {
			this.ingest.ingestDeferred(file.getFileName().toString(), Files.readAllBytes(file));
		}
		assertThat(count("MATCH ()-[r:FULFILLED_BY]->() RETURN count(r)")).isZero();
		assertThat(count("MATCH (j:Jurisdiction) WHERE j.fulfilmentPending IS NOT NULL RETURN count(j)"))
			.isGreaterThan(0);
		// The next ingest, even of nothing new, completes it.
		assertThat(ingestSeeds()).extracting(IngestResult::status).containsOnly(IngestResult.Status.UNCHANGED);
		assertThat(count("MATCH ()-[r:FULFILLED_BY]->() RETURN count(r)")).isGreaterThan(0);
		assertThat(count("MATCH (j:Jurisdiction) WHERE j.fulfilmentPending IS NOT NULL RETURN count(j)")).isZero();
	}

	@Test
	void aBatchInOneTransactionGivesTheSameGraphAsOneTransactionPerFile() {
		new FolderIngest(this.ingest, 2, 1).ingest(FolderIngest.files(List.of(SEEDS)), (n, r) -> {
		});
		Map<String, Long> perFile = shape();
		List<String> ids = ids();
		TestNeo4j.clear();

		List<IngestResult> results = new FolderIngest(this.ingest, 2, 100).ingest(FolderIngest.files(List.of(SEEDS)),
				(n, r) -> {
				});

		assertThat(results).extracting(IngestResult::status).containsOnly(IngestResult.Status.INGESTED);
		assertThat(shape()).isEqualTo(perFile);
		assertThat(ids()).isEqualTo(ids);
	}

	private List<String> ids() {
		return this.driver.executableQuery("MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY id")
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("id").asString())
			.toList();
	}

	@Test
	void aDatelessCitationFindsADocumentAnEarlierFileOfTheSameBatchMentions() {
		String stated = "NGHỊ QUYẾT\nSố 09-NQ/TU ngày 10 tháng 6 năm 2014\n\nTỉnh ủy Hậu Giang ban hành.\n";
		String citing = "CHƯƠNG TRÌNH\nHậu Giang, ngày 01 tháng 6 năm 2023\n\nThực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy.\n";

		List<IngestResult> results = this.ingest
			.write(List.of(this.ingest.prepare("a.txt", stated.getBytes(StandardCharsets.UTF_8)),
					this.ingest.prepare("c.txt", citing.getBytes(StandardCharsets.UTF_8))));

		assertThat(results).extracting(IngestResult::unresolved).containsExactly(0, 0);
		assertThat(count("MATCH (d:Document {number: '09-NQ/TU'}) RETURN count(d)")).isEqualTo(1);
		assertThat(count("""
				MATCH (:Source {file: 'a.txt'})-->(d:Document {number: '09-NQ/TU'})<-[:CITES]-(:Source {file: 'c.txt'})
				RETURN count(d)""")).isEqualTo(1);
	}

	@Test
	void aFileThatFailsInsideABatchIsSkippedAloneAndTheOthersOfItsBatchLoad() throws IOException {
		GraphIngest.Prepared good = this.ingest.prepare("004.txt",
				Files.readAllBytes(SEEDS.resolve("004_5bfabac78e74c348.txt")));
		GraphIngest.Prepared other = this.ingest.prepare("003.txt",
				Files.readAllBytes(SEEDS.resolve("003_10fced73fa7337e4.txt")));
		// A file whose write fails inside the transaction (here: no content hash), as a
		// write can fail whatever its cause.
		var extraction = other.extraction();
		GraphIngest.Prepared bad = new GraphIngest.Prepared("broken.txt",
				new io.directivegraph.extract.model.Extraction(
						new io.directivegraph.extract.model.Extraction.Source("broken.txt", null, 10, "UTF-8"),
						extraction.documents(), extraction.warnings()),
				null);

		List<IngestResult> results = this.ingest.write(List.of(good, bad, other));

		assertThat(results).extracting(IngestResult::status)
			.containsExactly(IngestResult.Status.INGESTED, IngestResult.Status.SKIPPED, IngestResult.Status.INGESTED);
		assertThat(results.get(1).reason()).startsWith("failed");
		assertThat(this.driver.executableQuery("MATCH (s:Source) RETURN s.file AS f ORDER BY f")
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("f").asString())).containsExactly("003.txt", "004.txt");
	}

	@Test
	void ingestStatementsThatKeepTheirFirstPlanFindEveryNodeThroughAnIndex() throws IOException {
		// replan=skip: a plan made on a small graph (the seeds, on first start) stays in
		// use as the graph grows, so it must not scan a label or an index.
		ingestSeeds();
		List<Path> statements;
		try (var files = Files.list(Path.of("cypher/ingest"))) {
			statements = files.filter((f) -> f.toString().endsWith(".cypher")).sorted().toList();
		}
		int checked = 0;
		for (Path file : statements) {
			String text = Files.readString(file);
			if (!text.contains("CYPHER replan=skip")) {
				continue;
			}
			checked++;
			var plan = this.driver.session()
				.run(text.replace("CYPHER replan=skip", "EXPLAIN"), Map.of())
				.consume()
				.plan();
			assertThat(operators(plan)).as(file.toString()).noneMatch((op) -> op.contains("Scan"));
		}
		assertThat(checked).isGreaterThan(10);
	}

	private static List<String> operators(org.neo4j.driver.summary.Plan plan) {
		List<String> all = new java.util.ArrayList<>(List.of(plan.operatorType()));
		plan.children().forEach((child) -> all.addAll(operators(child)));
		return all;
	}

}
