package io.directivegraph.explore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import io.directivegraph.agency.Successions;
import io.directivegraph.ingest.FolderIngest;
import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.TestNeo4j;
import io.directivegraph.task.TaskRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Neo4j Browser guide as the service serves it: every query in it runs on the
 * ingested seeds and returns rows; the style it applies covers the graph's labels; the
 * status labels follow the API's status rule.
 */
@ApiTest
class BrowserGuideIT {

	private static final Pattern RUNNABLE = Pattern
		.compile("<pre\\b[^>]*\\bclass=\"[^\"]*\\brunnable\\b[^\"]*\"[^>]*>(.*?)</pre>", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	TaskStatusLabels labels;

	@Autowired
	TaskRows rows;

	@Autowired
	void seeds(FolderIngest ingest, Successions successions) throws IOException {
		TestNeo4j.seedsFor(getClass(), ingest, successions);
	}

	private HttpResponse<String> get(String path, String origin) throws Exception {
		io.directivegraph.web.ApiClient api = new io.directivegraph.web.ApiClient(this.port);
		HttpRequest.Builder request = api.request(path);
		if (origin != null) {
			request.header("Origin", origin);
		}
		return api.send(request);
	}

	/** The text of each runnable block of the guide, as Browser puts it in its editor. */
	private List<String> guideQueries() throws Exception {
		HttpResponse<String> guide = get(BrowserGuideController.GUIDE_PATH, "http://127.0.0.1:7474");
		assertThat(guide.statusCode()).isEqualTo(200);
		assertThat(guide.headers().firstValue("Content-Type").orElse("")).contains("text/html", "UTF-8");
		assertThat(guide.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		List<String> queries = new ArrayList<>();
		Matcher m = RUNNABLE.matcher(guide.body());
		while (m.find()) {
			queries.add(HtmlUtils.htmlUnescape(m.group(1)).strip());
		}
		return queries;
	}

	@Test
	void everyQueryOfTheGuideReturnsRowsOnTheSeeds() throws Exception {
		List<String> queries = guideQueries();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
		for (String query : queries) {
			assertThat(query).as("a Cypher query, not a Browser command").doesNotStartWith(":");
			List<Record> records = TestNeo4j.driver().executableQuery(query).execute().records();
			// The seeds are one copy each: no copies disagree (CopiesOfADocumentIT makes
			// some); that query must run, and rightly finds nothing.
			if (!query.contains("t.conflicts IS NOT NULL")) {
				assertThat(records).as(query).isNotEmpty();
			}
		}
	}

	@Test
	void theGuideRunsTheSavedQueriesUsersCopy() throws Exception {
		List<String> queries = guideQueries();
		try (Stream<Path> files = Files.list(Path.of("cypher/queries/browser"))) {
			List<Path> saved = files.filter((f) -> f.toString().endsWith(".cypher")).sorted().toList();
			assertThat(saved).hasSameSizeAs(queries);
			for (int i = 0; i < saved.size(); i++) {
				assertThat(queries.get(i)).as(saved.get(i).toString()).isEqualTo(withoutComments(saved.get(i)));
			}
		}
	}

	@Test
	void theGuideLinksToThisServiceAndAppliesTheStyle() throws Exception {
		String guide = get(BrowserGuideController.GUIDE_PATH, null).body();
		String base = "http://127.0.0.1:" + this.port;
		assertThat(guide).contains("exec-topic=\"style " + base + BrowserGuideController.STYLE_PATH + "\"")
			.contains(base + "/explore/accountability.html")
			.doesNotContain("{{");
		assertThat(guide).contains("<article class=\"guide\">", "<carousel", "<slide");
	}

	@Test
	void theStyleIsServedToBrowserAndCoversTheGraphsLabels() throws Exception {
		HttpResponse<String> style = get(BrowserGuideController.STYLE_PATH, "http://127.0.0.1:7474");
		assertThat(style.statusCode()).isEqualTo(200);
		assertThat(style.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		Map<String, Map<String, String>> rules = GrassTest.parse(style.body());
		List<String> labels = TestNeo4j.driver()
			.executableQuery(
					"MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock UNWIND labels(n) AS l RETURN DISTINCT l")
			.execute()
			.records()
			.stream()
			.map((r) -> r.get(0).asString())
			.toList();
		assertThat(labels).isNotEmpty();
		for (String label : labels) {
			assertThat(rules).as("a rule for :" + label).containsKey("node." + label);
		}
		List<String> types = TestNeo4j.driver()
			.executableQuery("MATCH ()-[r]->() RETURN DISTINCT type(r) AS t")
			.execute()
			.records()
			.stream()
			.map((r) -> r.get(0).asString())
			.toList();
		for (String type : types) {
			assertThat(rules).as("a rule for [:" + type + "]").containsKey("relationship." + type);
		}
	}

	@Test
	void anUploadRelabelsTheTasksOfItsJurisdictionOnly() {
		LocalDate before = LocalDate.of(2021, 5, 1);
		LocalDate after = LocalDate.of(2022, 1, 1);
		this.labels.refresh(before);
		String jurisdiction = "Hậu Giang";
		long elsewhere = this.rows.asOf(after, null, null, null)
			.stream()
			.filter((row) -> !jurisdiction.equals(row.jurisdiction()))
			.count();
		int changed = this.labels.refreshJurisdiction(after, jurisdiction);
		assertThat(changed).isPositive();
		// The whole graph relabelled now changes only tasks of other jurisdictions.
		assertThat(this.labels.refresh(after)).isLessThanOrEqualTo((int) elsewhere);
		assertThat(this.labels.refreshJurisdiction(after, jurisdiction)).isZero();
	}

	@Test
	void statusLabelsAreTheStatusesOfTheApiOnTheDayAsked() {
		LocalDate day = LocalDate.of(2022, 1, 1);
		this.labels.refresh(day);
		Map<String, String> expected = new HashMap<>();
		this.rows.asOf(day, null, null, null)
			.forEach((row) -> expected.put(row.id(), TaskStatusLabels.label(row.status())));
		assertThat(expected.values()).contains("Overdue", "Pending", "Open");
		Map<String, String> actual = new HashMap<>();
		TestNeo4j.driver()
			.executableQuery("MATCH (t:Task) RETURN t.id AS id, [l IN labels(t) WHERE l IN $labels] AS status")
			.withParameters(Map.of("labels", TaskStatusLabels.LABELS))
			.execute()
			.records()
			.forEach((r) -> {
				List<String> status = r.get("status").asList((v) -> v.asString());
				assertThat(status).as(r.get("id").asString()).hasSizeLessThanOrEqualTo(1);
				if (!status.isEmpty()) {
					actual.put(r.get("id").asString(), status.get(0));
				}
			});
		assertThat(actual).isEqualTo(expected);
		// Nothing changed: nothing written. Before a program was issued, its tasks have
		// no status.
		assertThat(this.labels.refresh(day)).isZero();
		this.labels.refresh(LocalDate.of(2021, 5, 1));
		assertThat(count("MATCH (t:Task {id: 'hau-giang.program.50-ctr-tu.2021.ta87ebc1daed5'}) "
				+ "WHERE t:Overdue OR t:Pending OR t:Open RETURN count(t)"))
			.isZero();
		this.labels.refresh(LocalDate.now());
	}

	@Test
	void relabellingSomeTasksTouchesThoseOnly() {
		String task = "hau-giang.program.50-ctr-tu.2021.ta87ebc1daed5";
		LocalDate issued = LocalDate.of(2022, 1, 1);
		this.labels.refresh(issued);
		String status = TaskStatusLabels.label(this.rows.one(task, issued).get().status());
		long labelled = count("MATCH (t:Task) WHERE t:Overdue OR t:DoneLate OR t:DoneOnTime OR t:Pending OR t:Open "
				+ "RETURN count(t)");

		// Before the program was issued its tasks have no status: this one loses its
		// label, every other task keeps its own.
		assertThat(this.labels.refresh(LocalDate.of(2021, 5, 1), List.of(task))).isEqualTo(1);
		assertThat(count("MATCH (t:Task {id: '" + task + "'}) WHERE t:" + status + " RETURN count(t)")).isZero();
		assertThat(count("MATCH (t:Task) WHERE t:Overdue OR t:DoneLate OR t:DoneOnTime OR t:Pending OR t:Open "
				+ "RETURN count(t)"))
			.isEqualTo(labelled - 1);

		assertThat(this.labels.refresh(issued, List.of(task))).isEqualTo(1);
		assertThat(count("MATCH (t:Task {id: '" + task + "'}) WHERE t:" + status + " RETURN count(t)")).isEqualTo(1);
		assertThat(this.labels.refresh(issued, List.of(task))).isZero();
		this.labels.refresh(LocalDate.now());
	}

	@Test
	void evidenceShowsTheLinesOfTheSourceAFactWasReadFrom() throws Exception {
		Record task = TestNeo4j.driver()
			.executableQuery(
					"MATCH (t:Task {id: 'hau-giang.program.50-ctr-tu.2021.ta87ebc1daed5'}) RETURN t.source AS file, "
							+ "t.line AS line")
			.execute()
			.records()
			.get(0);
		String file = task.get("file").asString();
		int line = task.get("line").asInt();
		HttpResponse<String> excerpt = get("/explore/api/sources/" + file + "?line=" + line + "&context=2", null);
		assertThat(excerpt.statusCode()).isEqualTo(200);
		String expected = Files.readAllLines(Path.of("import/documents", file)).get(line - 1);
		assertThat(excerpt.body()).contains("\"line\":" + line, "\"number\":" + (line - 2), "\"number\":" + (line + 2));
		assertThat(excerpt.body()).contains(expected.strip().substring(0, 20));
		assertThat(get("/explore/api/sources/nope.txt?line=1", null).statusCode()).isEqualTo(404);
		assertThat(get("/explore/api/sources/" + file + "?line=0", null).statusCode()).isEqualTo(400);
		assertThat(get("/explore/api/sources/..%2Fagencies.csv?line=1", null).statusCode()).isIn(400, 404);
	}

	@Test
	void theAccountabilityPageIsServedInUtf8() throws Exception {
		HttpResponse<String> root = get("/", null);
		assertThat(root.statusCode()).isEqualTo(302);
		assertThat(root.headers().firstValue("Location").orElse("")).endsWith(ExploreWebConfiguration.PAGE);
		HttpResponse<String> page = get(ExploreWebConfiguration.PAGE, null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"vi\">", "<meta charset=\"UTF-8\">",
				"Theo dõi trách nhiệm thực hiện nhiệm vụ");
		assertThat(get("/explore/accountability.js", null).statusCode()).isEqualTo(200);
		assertThat(get("/explore/api/jurisdictions", null).body()).contains("\"name\":\"Hậu Giang\"");
	}

	private static long count(String query) {
		return TestNeo4j.driver().executableQuery(query).execute().records().get(0).get(0).asLong();
	}

	private static String withoutComments(Path file) throws IOException {
		return Files.readAllLines(file)
			.stream()
			.filter((l) -> !l.strip().startsWith("//"))
			.reduce("", (a, b) -> a + b + "\n")
			.strip();
	}

}
