package io.directivegraph.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import io.directivegraph.agency.Successions;
import io.directivegraph.ingest.FolderIngest;
import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds ingested, then the questions users come with, asked over HTTP. */
@ApiTest
class ApiIT {

	@LocalServerPort
	int port;

	@Autowired
	void seeds(FolderIngest ingest, Successions successions) throws Exception {
		TestNeo4j.seedsFor(getClass(), ingest, successions);
	}

	@Autowired
	org.neo4j.driver.Driver driver;

	@Test
	void noImplementsEdgePointsTheWrongWayInTheSeedsGraph() {
		// cypher/queries/lineage/implements-check: cycles, national → provincial, older →
		// newer.
		java.util.List<String> problems = this.driver
			.executableQuery(io.directivegraph.neo4j.CypherFiles.load("queries/lineage/implements-check"))
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("problem").asString() + " " + r.get("from").asString() + " -> " + r.get("to").asString())
			.toList();
		assertThat(problems).isEmpty();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return new ApiClient(this.port).get(path);
	}

	private JsonNode ok(String path) throws Exception {
		return new ApiClient(this.port).ok(path);
	}

	private static String enc(String s) {
		return ApiClient.enc(s);
	}

	@Test
	void tasksOfDocumentsWithoutADayCountOnlyFromTheDayTheTextAllows() throws Exception {
		// 001 is dated 9 August 2021; the 2025 work program (002) and the 2024 report
		// (004)
		// give no date: they count from the year their titles name, the program for the
		// 2021–2030 plan (000) from the latest date it cites.
		String report = "/api/reports/overdue?jurisdiction=" + enc("Hậu Giang") + "&asOf=";
		assertThat(ok("/api/tasks?jurisdiction=" + enc("Hậu Giang") + "&asOf=2021-01-01").get("total").asLong())
			.isZero();
		assertThat(ok(report + "2021-01-01").get("items").size()).isZero();
		JsonNode in2022 = ok("/api/tasks?jurisdiction=" + enc("Hậu Giang") + "&asOf=2022-01-01&size=500");
		assertThat(in2022.get("items").findValuesAsString("deadline")).allMatch((d) -> d.compareTo("2024") < 0);
		assertThat(in2022.get("items").findValues("document"))
			.allSatisfy((d) -> assertThat(d.get("id").asString()).isEqualTo("hau-giang.program.50-ctr-tu.2021"));
		JsonNode in2025 = ok("/api/tasks?jurisdiction=" + enc("Hậu Giang") + "&asOf=2025-02-01&size=500");
		JsonNode program2025 = java.util.stream.StreamSupport.stream(in2025.get("items").spliterator(), false)
			.map((t) -> t.get("document"))
			.filter((d) -> d.get("id").asString().equals("hau-giang.program.thuc-hien-nhiem-vu-cong-tac-nam-2025"))
			.findFirst()
			.orElseThrow();
		assertThat(program2025.get("setOn").asString()).isEqualTo("2025-01-01");
		assertThat(program2025.get("setOnBasis").asString()).isEqualTo("TITLE_YEAR");
		assertThat(program2025.get("issuedOn").isNull()).isTrue();
	}

	@Test
	void fromTheMergerCanThoAnswersForTheUnfinishedTasksOfHauGiangWithWhoIsResponsibleNow() throws Exception {
		String canTho = "/api/reports/overdue?jurisdiction=" + enc("Cần Thơ") + "&asOf=";
		JsonNode before = ok(canTho + "2025-06-30");
		assertThat(before.get("includes").size()).isZero();
		assertThat(before.get("items").size()).isZero();

		JsonNode after = ok(canTho + "2025-07-01");
		assertThat(after.get("includes").findValuesAsString("name")).containsExactlyInAnyOrder("Hậu Giang",
				"Sóc Trăng");
		JsonNode banToChuc = java.util.stream.StreamSupport.stream(after.get("items").spliterator(), false)
			.filter((i) -> !i.get("agency").isNull()
					&& i.get("agency").get("id").asString().equals("hau-giang.ban-to-chuc-tinh-uy"))
			.findFirst()
			.orElseThrow();
		assertThat(banToChuc.get("responsible").get("name").asString()).isEqualTo("Ban Tổ chức Thành ủy");
		assertThat(banToChuc.get("responsible").get("id").asString()).startsWith("can-tho.");
		assertThat(banToChuc.get("responsible").get("on").asString()).isEqualTo("2025-07-01");
		// Only what was not done before the merger: Hậu Giang's own report that day
		// counts
		// more (its done tasks too).
		JsonNode hauGiang = ok("/api/reports/overdue?jurisdiction=" + enc("Hậu Giang") + "&asOf=2025-07-01");
		long unfinished = 0;
		long all = 0;
		for (JsonNode item : after.get("items")) {
			unfinished += item.get("overdue").asLong() + item.get("pending").asLong() + item.get("open").asLong();
		}
		for (JsonNode item : hauGiang.get("items")) {
			all += item.get("overdue").asLong() + item.get("pending").asLong() + item.get("open").asLong();
		}
		assertThat(unfinished).isGreaterThanOrEqualTo(all).isPositive();

		JsonNode tasks = ok("/api/tasks?jurisdiction=" + enc("Cần Thơ") + "&asOf=2025-07-01&size=500");
		assertThat(tasks.get("items").findValuesAsString("jurisdiction")).contains("Hậu Giang")
			.doesNotContain("Cần Thơ");
		assertThat(tasks.get("items").findValues("status").stream().map(JsonNode::asString))
			.doesNotContain("DONE_ON_TIME", "DONE_LATE");
		JsonNode led = java.util.stream.StreamSupport.stream(tasks.get("items").spliterator(), false)
			.filter((t) -> !t.get("lead").isNull()
					&& t.get("lead").get("id").asString().equals("hau-giang.ban-to-chuc-tinh-uy"))
			.findFirst()
			.orElseThrow();
		assertThat(led.get("responsible").get("name").asString()).isEqualTo("Ban Tổ chức Thành ủy");

		// The successor agency's list includes its predecessor's unfinished tasks from
		// the
		// merger day, not before.
		String successor = banToChuc.get("responsible").get("id").asString();
		assertThat(ok("/api/tasks?agency=" + enc(successor) + "&asOf=2025-06-30").get("total").asLong()).isZero();
		JsonNode inherited = ok("/api/tasks?agency=" + enc(successor) + "&asOf=2025-07-01&size=500");
		assertThat(inherited.get("total").asLong())
			.isEqualTo(banToChuc.get("overdue").asLong() + banToChuc.get("pending").asLong()
					+ banToChuc.get("open").asLong() + banToChuc.get("doneLate").asLong()
					+ banToChuc.get("doneOnTime").asLong() + banToChuc.get("undated").asLong());
		assertThat(inherited.get("items").findValuesAsString("jurisdiction")).containsOnly("Hậu Giang");

		// The former province, asked after the merger, says who succeeded it.
		JsonNode former = ok("/api/reports/overdue?jurisdiction=" + enc("Hậu Giang") + "&asOf=2026-12-01");
		assertThat(former.get("succeededBy").get("name").asString()).isEqualTo("Cần Thơ");
		assertThat(former.get("succeededBy").get("on").asString()).isEqualTo("2025-07-01");
		assertThat(ok("/api/reports/overdue?jurisdiction=" + enc("Hậu Giang") + "&asOf=2025-06-30").get("succeededBy")
			.isNull()).isTrue();
	}

	@Test
	void searchFindsAResolutionByWordsWithoutDiacritics() throws Exception {
		JsonNode page = ok("/api/documents?q=" + enc("nghi quyet 13"));
		assertThat(page.get("items").findValuesAsString("number")).contains("13-NQ/TW");
		assertThat(ok("/api/documents?number=50-CTr/TU").get("total").asLong()).isEqualTo(1);
	}

	@Test
	void aDocumentSaysWhereItIsStatedAndCited() throws Exception {
		JsonNode document = ok("/api/documents/hau-giang.program.50-ctr-tu.2021");
		assertThat(document.get("hasText").asBoolean()).isTrue();
		assertThat(document.get("sources").findValuesAsString("file")).contains("001_8cb44f0713b8000c.txt");
		assertThat(document.get("implements").findValuesAsString("number")).contains("07-CTr/TU");
		assertThat(document.get("tasks").size()).isGreaterThan(20);
	}

	@Test
	void lineageStopsAtTheLimitNearestFirstAndSaysSo() throws Exception {
		String path = "/api/documents/hau-giang.program.50-ctr-tu.2021/lineage?direction=down&depth=3";
		JsonNode whole = ok(path);
		assertThat(whole.get("truncated").asBoolean()).isFalse();
		assertThat(whole.get("nodes").size()).isGreaterThan(5);
		JsonNode cut = ok(path + "&limit=5");
		assertThat(cut.get("truncated").asBoolean()).isTrue();
		assertThat(cut.get("nodes").size()).isEqualTo(5);
		assertThat(cut.get("nodes").get(0).get("id").asString()).isEqualTo("hau-giang.program.50-ctr-tu.2021");
		assertThat(get(path + "&limit=0").statusCode()).isEqualTo(400);
	}

	@Test
	void lineageUpShowsWhatAProgramImplementsAndReplaces() throws Exception {
		JsonNode lineage = ok("/api/documents/hau-giang.program.50-ctr-tu.2021/lineage?direction=up&depth=3");
		assertThat(lineage.get("edges").findValuesAsString("type")).contains("SUPERSEDES", "IMPLEMENTS");
		assertThat(lineage.get("nodes").findValuesAsString("number")).contains("07-CTr/TU");
	}

	@Test
	void lineageDownGoesFromTheCongressResolutionToTheProgramAndItsTasks() throws Exception {
		String id = ok("/api/documents?q=" + enc("Đại hội Đảng bộ tỉnh XIV") + "&jurisdiction=" + enc("Hậu Giang"))
			.get("items")
			.get(0)
			.get("id")
			.asString();
		JsonNode lineage = ok("/api/documents/" + id + "/lineage?direction=down&depth=2");
		assertThat(lineage.get("nodes").findValuesAsString("id")).contains("hau-giang.program.50-ctr-tu.2021");
		assertThat(lineage.get("edges").findValuesAsString("type")).contains("HAS_TASK");
	}

	@Test
	void tasksOfAnAgencyChangeStatusWithTheDayAsked() throws Exception {
		String agency = "/api/tasks?agency=hau-giang.ban-to-chuc-tinh-uy&document=hau-giang.program.50-ctr-tu.2021";
		// Before the program was issued (9 August 2021) its tasks did not exist.
		assertThat(ok(agency + "&asOf=2021-05-01").get("total").asLong()).isZero();
		// On 1 September 2021 the quarter-II tasks are overdue, the quarter-IV ones
		// pending.
		JsonNode september = ok(agency + "&asOf=2021-09-01&size=500");
		assertThat(september.get("items").findValuesAsString("status")).contains("OVERDUE", "PENDING");
		JsonNode overdueSeptember = ok(agency + "&asOf=2021-09-01&status=OVERDUE&size=500");
		assertThat(overdueSeptember.get("items").findValuesAsString("deadline"))
			.allMatch((d) -> d.compareTo("2021-09-01") < 0);
		// On 1 January 2022 the quarter-IV 2021 tasks are overdue too.
		long overdueJanuary = ok(agency + "&asOf=2022-01-01&status=OVERDUE").get("total").asLong();
		assertThat(overdueJanuary).isGreaterThan(overdueSeptember.get("total").asLong());
	}

	@Test
	void theOverdueReportCountsPerAgencyOfAProvince() throws Exception {
		JsonNode report = ok("/api/reports/overdue?asOf=2022-01-01&jurisdiction=" + enc("Hậu Giang"));
		JsonNode items = report.get("items");
		assertThat(items.size()).isGreaterThan(3);
		boolean found = false;
		for (JsonNode item : items) {
			if (!item.get("agency").isNull()
					&& item.get("agency").get("name").asString().equals("Ban Tổ chức Tỉnh ủy")) {
				assertThat(item.get("overdue").asLong()).isGreaterThan(0);
				found = true;
			}
		}
		assertThat(found).isTrue();
	}

	@Test
	void agenciesAreFoundByNameWithoutDiacriticsWithTheirSuccessor() throws Exception {
		JsonNode page = ok("/api/agencies?q=" + enc("ban to chuc tinh uy") + "&jurisdiction=" + enc("Hậu Giang"));
		JsonNode agency = page.get("items").get(0);
		assertThat(agency.get("name").asString()).isEqualTo("Ban Tổ chức Tỉnh ủy");
		assertThat(agency.get("successor").get("name").asString()).isEqualTo("Ban Tổ chức Thành ủy");
	}

	@Test
	void theOpenApiDocumentDescribesTheEndpoints() throws Exception {
		JsonNode api = ok("/v3/api-docs");
		assertThat(api.get("info").get("title").asString()).isEqualTo("directive-graph");
		assertThat(api.get("paths").propertyNames()).contains("/api/documents", "/api/documents/{id}/lineage",
				"/api/tasks", "/api/reports/overdue", "/api/agencies", "/api/tasks/{id}");
		// Examples from the seeds, so "Try it out" answers; writes declare credentials.
		assertThat(api.toString()).contains("hau-giang.ban-to-chuc-tinh-uy",
				"hau-giang.program.50-ctr-tu.2021.ta87ebc1daed5");
		assertThat(api.get("components").get("securitySchemes").propertyNames()).contains("basic", "bearer");
		assertThat(api.get("paths").get("/api/tasks/{id}").get("patch").get("security")).isNotNull();
		// Answers have schemas with their fields, errors are documented, the PATCH body
		// is
		// described.
		assertThat(api.at("/components/schemas/TaskRow/properties").propertyNames()).contains("id", "lead", "deadline",
				"status", "fulfilledBy");
		assertThat(api.at("/components/schemas/DocumentDetail/properties").propertyNames()).contains("implements",
				"implementedBy", "tasks");
		assertThat(api.at("/paths/~1api~1reports~1overdue/get/responses/200/content").toString())
			.contains("#/components/schemas/OverdueReport");
		assertThat(api.at("/paths/~1api~1documents/post/responses").propertyNames()).contains("400", "401", "413",
				"415", "422");
		assertThat(api.at("/paths/~1api~1documents~1{id}/get/responses").propertyNames()).contains("200", "404");
		assertThat(api.at("/paths/~1api~1tasks~1{id}/patch/responses").propertyNames()).contains("400", "401", "404",
				"409");
		assertThat(api.at("/paths/~1api~1tasks~1{id}/patch/requestBody").toString())
			.contains("#/components/schemas/TaskPatch");
		assertThat(api.at("/components/schemas/TaskPatch/properties").propertyNames()).contains("status", "completedOn",
				"fulfilledBy", "deadline", "evidence", "note");
		// And the examples answer: the example agency has tasks on the example day.
		assertThat(ok("/api/tasks?agency=hau-giang.ban-to-chuc-tinh-uy&asOf=2022-01-01&status=OVERDUE").get("total")
			.asLong()).isPositive();
	}

	@Test
	void titlesOfTheOcrSeedAreShownRestoredAndFoundByTheirDamagedFormToo() throws Exception {
		JsonNode tasks = ok("/api/tasks?document=hau-giang.program.50-ctr-tu.2021&size=100").get("items");
		boolean restored = false;
		for (JsonNode task : tasks) {
			if (task.get("title").asString().startsWith("Ban hành Quy chế làm việc")) {
				assertThat(task.get("titleAsWritten").asString()).startsWith("Ban hanh Quy ché lam viéc");
				restored = true;
			}
		}
		assertThat(restored).as("a restored title among " + tasks).isTrue();
		JsonNode document = ok("/api/documents/hau-giang.program.50-ctr-tu.2021");
		assertThat(document.get("title").asString()).contains("Nghị quyết Đại hội đại biểu toàn quốc");
		// The search finds it by the words as the scan wrote them, and as restored.
		assertThat(ok("/api/documents?q=" + enc("\"Dai hdi dai biéu Pang\"")).get("items").findValuesAsString("id"))
			.contains("hau-giang.program.50-ctr-tu.2021");
		assertThat(ok("/api/documents?q=" + enc("\"đại biểu toàn quốc lần thứ XIII\"")).get("items")
			.findValuesAsString("id")).contains("hau-giang.program.50-ctr-tu.2021");
	}

	@Test
	void tasksOfTheOcrSeedAreFulfilledByTheDocumentsThatDidThem() throws Exception {
		JsonNode tasks = ok("/api/tasks?document=hau-giang.program.50-ctr-tu.2021&size=100&asOf=2023-01-01")
			.get("items");
		java.util.Map<String, String> fulfilled = new java.util.TreeMap<>();
		for (JsonNode task : tasks) {
			if (!task.get("fulfilledBy").isNull()) {
				fulfilled.put(task.get("fulfilledBy").get("number").asString(), task.get("title").asString());
			}
		}
		// The product named in a title restored from the scan ("Xây dựng Đề dn" → "Đề
		// án")
		// and its words are what the fulfilling document is matched on.
		assertThat(fulfilled).containsOnlyKeys("05-NQ/TU", "04-ĐA/TU", "01-ĐA/TU", "1120-QĐ/TU");
		assertThat(fulfilled.get("04-ĐA/TU")).contains("Thí điểm đổi");
		assertThat(fulfilled.get("05-NQ/TU")).contains("nhân lực");
		assertThat(fulfilled.get("01-ĐA/TU")).contains("năng lực đội ngũ");
		assertThat(fulfilled.get("1120-QĐ/TU")).startsWith("Bộ tiêu chí");
	}

	@Test
	void tasksAreFoundByTheirRestoredTitleAndByTheScannedForm() throws Exception {
		String program = "&document=hau-giang.program.50-ctr-tu.2021&asOf=2023-01-01";
		// As a person quotes it, with or without diacritics.
		assertThat(ok("/api/tasks?q=" + enc("thí điểm đổi mới cách thức tuyển chọn") + program).get("items")
			.findValuesAsString("title")).anySatisfy((t) -> assertThat(t).contains("Thí điểm đổi mới"));
		assertThat(ok("/api/tasks?q=" + enc("thi diem doi moi") + program).get("total").asLong()).isPositive();
		// As the scan wrote it ("tuyén chon chirc danh").
		assertThat(ok("/api/tasks?q=" + enc("chirc danh") + program).get("total").asLong()).isPositive();
		assertThat(ok("/api/tasks?q=" + enc("không có nhiệm vụ nào như thế") + program).get("total").asLong()).isZero();
	}

	@Test
	void banToChucTinhUyIsAccountableDayByDayAsTheFulfillingDocumentsArrive() throws Exception {
		// Deadlines of the program: quý II/2021 (the pilot project, done by 04-ĐA/TU on
		// 1/6/2022), quý IV/2021 (the criteria, done by 1120-QĐ/TU on 1/6/2022, and two
		// projects nothing fulfilled), quý I/2022.
		java.util.function.Function<String, java.util.List<String>> overdue = (day) -> {
			try {
				java.util.List<String> deadlines = new java.util.ArrayList<>();
				ok("/api/tasks?agency=hau-giang.ban-to-chuc-tinh-uy&status=OVERDUE&document=hau-giang.program.50-ctr-tu.2021&asOf="
						+ day)
					.get("items")
					.forEach((t) -> deadlines.add(t.get("deadline").asString()));
				java.util.Collections.sort(deadlines);
				return deadlines;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		assertThat(overdue.apply("2021-10-01")).containsExactly("2021-06-30");
		assertThat(overdue.apply("2022-01-01")).containsExactly("2021-06-30", "2021-12-31", "2021-12-31", "2021-12-31");
		assertThat(overdue.apply("2023-01-01")).containsExactly("2021-12-31", "2021-12-31", "2022-03-31");
	}

	@Test
	void badParametersAndUnknownIdsAreProblemsWithADetail() throws Exception {
		for (Map.Entry<String, Integer> call : Map
			.of("/api/tasks?asOf=2022-13-45", 400, "/api/tasks?status=LATE", 400,
					"/api/documents/hau-giang.program.50-ctr-tu.2021/lineage?depth=11", 400, "/api/documents/nope", 404,
					"/api/documents?size=501", 400)
			.entrySet()) {
			HttpResponse<String> response = get(call.getKey());
			assertThat(response.statusCode()).as(call.getKey()).isEqualTo(call.getValue());
			assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
			assertThat(ApiClient.json(response.body()).get("detail").asString()).isNotBlank();
		}
	}

	@Test
	void theVocabularyNamesEveryKindAndStatusWithItsColour() throws Exception {
		JsonNode vocabulary = ok("/api/vocabulary");
		java.util.List<String> kinds = new java.util.ArrayList<>();
		vocabulary.get("kinds").forEach((k) -> {
			kinds.add(k.get("value").asString());
			org.assertj.core.api.Assertions.assertThat(k.get("colour").asString()).matches("#[0-9A-Fa-f]{6}");
		});
		org.assertj.core.api.Assertions.assertThat(kinds)
			.containsAll(io.directivegraph.extract.citation.DocumentKinds.defaults()
				.all()
				.stream()
				.map(io.directivegraph.extract.citation.DocumentKinds.Kind::value)
				.toList());
		org.assertj.core.api.Assertions.assertThat(vocabulary.get("kinds").get(0).get("name").asString())
			.isEqualTo("Nghị quyết");
		org.assertj.core.api.Assertions.assertThat(vocabulary.get("statuses").size())
			.isEqualTo(io.directivegraph.task.TaskStatus.values().length);
		org.assertj.core.api.Assertions.assertThat(vocabulary.get("statuses").get(0).get("name").asString())
			.isEqualTo("Quá hạn");
	}

}
