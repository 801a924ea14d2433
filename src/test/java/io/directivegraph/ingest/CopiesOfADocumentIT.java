package io.directivegraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.TestNeo4j;
import io.directivegraph.task.TaskUpdates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same plan arriving as several copies (another file name, other line breaks, a task
 * added, a lead or deadline read differently): one document, one task per task, every
 * reading kept, disagreements visible, and each copy replaceable on its own.
 */
@ApiTest
class CopiesOfADocumentIT {

	static final Path PLAN = Path
		.of("src/test/resources/fixtures/documents/prov-10-can-tho-kh-ubnd-trat-tu-via-he-2026.txt");

	static final String DOCUMENT = "can-tho.plan.38-kh-ubnd.2026";

	@Autowired
	GraphIngest ingest;

	@Autowired
	Driver driver;

	@Autowired
	TaskUpdates updates;

	String text;

	@BeforeEach
	void empty() throws IOException {
		TestNeo4j.clear();
		this.text = Files.readString(PLAN);
	}

	private void ingest(String file, String content) {
		IngestResult result = this.ingest.ingest(file, content.getBytes(StandardCharsets.UTF_8));
		assertThat(result.status()).isEqualTo(IngestResult.Status.INGESTED);
	}

	private List<Record> rows(String cypher) {
		return this.driver.executableQuery(cypher).withParameters(Map.of("d", DOCUMENT)).execute().records();
	}

	private long count(String cypher) {
		return rows(cypher).get(0).get(0).asLong();
	}

	private long tasks() {
		return count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t:Task) RETURN count(t)");
	}

	/**
	 * A copy with other line breaks: the body's lines that go on in lower case joined to
	 * the line before (list items "a)" still start a line, as in any copy).
	 */
	private String rewrapped() {
		int body = this.text.indexOf("II. NHIỆM VỤ CỤ THỂ");
		return this.text.substring(0, body) + this.text.substring(body)
			.replaceAll("([\\p{L},;])\\n(?![a-zđ]\\))(?=[a-zàáảãạăâđêôơưèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ])", "$1 ");
	}

	@Test
	void theSameTextUnderAnotherNameIsOneDocumentWhoseTasksHaveTwoReadings() {
		ingest("ke-hoach-38.txt", this.text);
		long tasks = tasks();
		assertThat(tasks).isGreaterThanOrEqualTo(10);

		ingest("38-KH-UBND (ban sao).txt", this.text);

		assertThat(count("MATCH (d:Document {id: $d}) RETURN count(d)")).isEqualTo(1);
		assertThat(count("MATCH (:Source)-[:STATES]->(d:Document {id: $d}) RETURN count(d)")).isEqualTo(2);
		assertThat(tasks()).isEqualTo(tasks);
		assertThat(count("""
				MATCH (:Document {id: $d})-[:HAS_TASK]->(t:Task)
				WHERE COUNT { (:Source)-[:STATES]->(t) } <> 2 OR COUNT { (t)-[:LEAD_UNIT]->() } > 1
				  OR t.conflicts IS NOT NULL
				RETURN count(t)""")).isZero();
	}

	@Test
	void aCopyWithOtherLineBreaksAndOneTaskMoreAddsThatTaskAlone() {
		ingest("ke-hoach-38.txt", this.text);
		long tasks = tasks();
		String copy = rewrapped().replace("III. TỔ CHỨC THỰC HIỆN",
				"11. Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các tuyến phố được chỉnh trang, hoàn thành "
						+ "trước ngày 30/11/2026.\n\nIII. TỔ CHỨC THỰC HIỆN");

		ingest("ke-hoach-38-ban-word.txt", copy);

		assertThat(tasks()).isEqualTo(tasks + 1);
		assertThat(count("""
				MATCH (:Document {id: $d})-[:HAS_TASK]->(t:Task)
				WHERE COUNT { (:Source)-[:STATES]->(t) } = 1
				RETURN count(t)""")).isEqualTo(1);
		assertThat(rows("""
				MATCH (:Document {id: $d})-[:HAS_TASK]->(t:Task)-[:LEAD_UNIT]->(a:Agency)
				WHERE COUNT { (:Source)-[:STATES]->(t) } = 1
				RETURN a.name AS lead, t.source AS source""")).singleElement().satisfies((r) -> {
			assertThat(r.get("lead").asString()).isEqualTo("Sở Y tế");
			assertThat(r.get("source").asString()).isEqualTo("ke-hoach-38-ban-word.txt");
		});
		assertThat(count("""
				MATCH (:Document {id: $d})-[:HAS_TASK]->(t:Task)
				WHERE COUNT { (t)-[:LEAD_UNIT]->() } > 1 OR t.conflicts IS NOT NULL
				RETURN count(t)""")).isZero();
	}

	@Test
	void copiesThatDisagreeKeepBothReadingsOneCurrentLeadAndSayWhatTheyDisagreeOn() {
		ingest("a.txt", this.text);
		long tasks = tasks();
		String copy = this.text.replace(
				"3. Sở Tài chính tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực\nhiện Kế hoạch, hoàn thành "
						+ "trong tháng 3/2026.",
				"3. Sở Nội vụ tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực\n"
						+ "hiện Kế hoạch, hoàn thành trong tháng 4/2026.");
		assertThat(copy).isNotEqualTo(this.text);

		ingest("b.txt", copy);

		assertThat(tasks()).isEqualTo(tasks);
		assertThat(
				rows("""
						MATCH (:Document {id: $d})-[:HAS_TASK]->(t:Task) WHERE t.conflicts IS NOT NULL
						RETURN t.conflicts AS conflicts, COUNT { (t)-[:LEAD_UNIT]->() } AS leads,
						  COLLECT { MATCH (s:Source)-[r:STATES]->(t) RETURN r.leadName + ' ' + toString(r.deadlineRead) } AS readings
						"""))
			.singleElement()
			.satisfies((r) -> {
				assertThat(r.get("conflicts").asList(org.neo4j.driver.Value::asString)).containsExactly("lead",
						"deadline");
				assertThat(r.get("leads").asLong()).isEqualTo(1);
				assertThat(r.get("readings").asList(org.neo4j.driver.Value::asString))
					.containsExactlyInAnyOrder("Sở Tài chính 2026-03-31", "Sở Nội vụ 2026-04-30");
			});

		// The copy corrected: the disagreement is gone, nothing else changed.
		ingest("b.txt", this.text);
		assertThat(tasks()).isEqualTo(tasks);
		assertThat(count(
				"MATCH (:Document {id: $d})-[:HAS_TASK]->(t:Task) WHERE t.conflicts IS NOT NULL " + "RETURN count(t)"))
			.isZero();
	}

	@Test
	void reingestingOneCopyReplacesOnlyWhatItSaidAndKeepsRecordedChanges() {
		ingest("a.txt", this.text);
		String added = this.text.replace("III. TỔ CHỨC THỰC HIỆN",
				"11. Sở Y tế chủ trì kiểm tra an toàn thực phẩm, hoàn thành trước ngày 30/11/2026.\n\n"
						+ "III. TỔ CHỨC THỰC HIỆN");
		ingest("b.txt", added);
		long tasks = tasks();
		String task = rows("""
				MATCH (:Document {id: $d})-[:HAS_TASK]->(t:Task)-[:LEAD_UNIT]->(:Agency {name: 'Sở Tài chính'})
				RETURN t.id AS id""").get(0).get("id").asString();
		this.updates.apply(task, Map.of("completedOn", "2026-03-20", "evidence", "Tờ trình số 12/TTr-STC"), "tester");

		// b.txt changed: its added task goes, the tasks a.txt states too stay with their
		// recorded change.
		ingest("b.txt", this.text.replace("Kế hoạch, hoàn thành", "Kế hoạch,  hoàn thành"));
		assertThat(tasks()).isEqualTo(tasks - 1);
		assertThat(count(
				"MATCH (t:Task {completedOn: date('2026-03-20')})-[:HAS_UPDATE]->(:TaskUpdate) " + "RETURN count(t)"))
			.isEqualTo(1);
		assertThat(
				rows("MATCH (t:Task {completedOn: date('2026-03-20')}) RETURN t.id AS id").get(0).get("id").asString())
			.isEqualTo(task);

		// a.txt changed the same way: still one task with both readings and the change.
		ingest("a.txt", this.text.replace("Kế hoạch, hoàn thành", "Kế hoạch,  hoàn thành"));
		assertThat(count("""
				MATCH (t:Task {id: '%s', completedOn: date('2026-03-20')})-[:HAS_UPDATE]->(:TaskUpdate)
				RETURN COUNT { (:Source)-[:STATES]->(t) }""".formatted(task))).isEqualTo(2);
	}

}
