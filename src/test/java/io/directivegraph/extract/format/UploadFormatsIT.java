package io.directivegraph.extract.format;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.TestNeo4j;
import io.directivegraph.web.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan uploaded as a PDF and as a Word file: stored under its own name and type, read
 * by content, and one document whose tasks each have two readings (the same content in
 * another format is the same document); an image is refused with its reason.
 */
@ApiTest
class UploadFormatsIT {

	static final Path PLAN = Path
		.of("src/test/resources/fixtures/documents/prov-10-can-tho-kh-ubnd-trat-tu-via-he-2026.txt");

	static final String DOCUMENT = "can-tho.plan.38-kh-ubnd.2026";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	io.directivegraph.ingest.Uploads uploads;

	@BeforeEach
	void empty() {
		TestNeo4j.clear();
	}

	private HttpResponse<String> upload(String name, String type, byte[] bytes) throws Exception {
		ApiClient api = new ApiClient(this.port);
		return api.send(ApiClient.bearer(api.request("/api/documents?name=" + name))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher)
			.withParameters(Map.of("d", DOCUMENT))
			.execute()
			.records()
			.get(0)
			.get(0)
			.asLong();
	}

	@Test
	void aPdfAndAWordCopyOfOnePlanAreOneDocumentWithEveryTaskReadTwice() throws Exception {
		String text = Files.readString(PLAN).replaceAll("(?m)^[ \\t]{10,}\\d{1,3}[ \\t]*\\n", "");
		HttpResponse<String> pdf = upload("ke-hoach-38.pdf", "application/pdf",
				DocumentFormatsTest.pdf(text, "Kế hoạch 38/KH-UBND"));
		assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(201);
		JsonNode stored = ApiClient.json(pdf.body());
		assertThat(stored.get("file").asString()).isEqualTo("ke-hoach-38.pdf");
		assertThat(stored.get("documents").get(0).get("id").asString()).isEqualTo(DOCUMENT);
		long tasks = count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) RETURN count(t)");
		assertThat(tasks).isEqualTo(19);
		assertThat(count("MATCH (s:Source {file: 'ke-hoach-38.pdf', format: 'application/pdf'}) RETURN size(s.pages)"))
			.isGreaterThan(1);
		// Each reading of a PDF says its page; the last task is on a later page than the
		// first.
		JsonNode listed = new ApiClient(this.port).ok("/api/tasks?document=" + DOCUMENT + "&asOf=2026-12-01&size=100");
		java.util.List<Long> pages = new java.util.ArrayList<>();
		listed.get("items").forEach((t) -> pages.add(t.get("readings").get(0).get("page").asLong()));
		assertThat(pages).allMatch((p) -> p >= 1);
		assertThat(pages.stream().distinct().count()).isGreaterThan(1);
		// The evidence of a task read from the PDF: its lines as the extraction read
		// them,
		// and its page.
		JsonNode reading = listed.get("items").get(listed.get("items").size() - 1).get("readings").get(0);
		JsonNode excerpt = new ApiClient(this.port)
			.ok("/explore/api/sources/ke-hoach-38.pdf?line=" + reading.get("line").asInt() + "&context=0");
		assertThat(excerpt.get("page").asLong()).isEqualTo(reading.get("page").asLong());
		assertThat(excerpt.get("pages").asInt()).isGreaterThan(1);
		assertThat(excerpt.get("lines").get(0).get("text").asString()).isNotBlank();

		HttpResponse<String> word = upload("ke-hoach-38.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				DocumentFormatsTest.docx(text));
		assertThat(word.statusCode()).as(word.body()).isEqualTo(201);
		assertThat(count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) RETURN count(t)")).isEqualTo(tasks);
		assertThat(count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) WHERE COUNT { (:Source)-[:STATES]->(t) } <> 2 "
				+ "OR t.conflicts IS NOT NULL RETURN count(t)"))
			.isZero();
	}

	/**
	 * A file uploaded under a name with spaces and marks is stored under a safe one, and
	 * shown by the name given; its whole text comes with the document it states, and each
	 * task's lines (first to last) hold the task's words.
	 */
	@Test
	void theWholeTextOfAnUploadIsShownUnderItsGivenNameWithEachTasksLines() throws Exception {
		String given = "Kế hoạch 38 (bản ký).txt";
		HttpResponse<String> stored = upload(
				java.net.URLEncoder.encode(given, StandardCharsets.UTF_8).replace("+", "%20"),
				"text/plain; charset=UTF-8", Files.readAllBytes(PLAN));
		assertThat(stored.statusCode()).as(stored.body()).isIn(200, 201);
		String file = ApiClient.json(stored.body()).get("file").asString();
		assertThat(file).isNotEqualTo(given).doesNotContain(" ");
		ApiClient api = new ApiClient(this.port);
		JsonNode text = api.ok("/explore/api/sources/"
				+ java.net.URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20") + "/text");
		assertThat(text.get("name").asString()).isEqualTo(given);
		assertThat(text.get("documents").get(0).get("number").asString()).isEqualTo("38/KH-UBND");
		assertThat(text.get("total").asInt()).isEqualTo(text.get("lines").size());
		JsonNode listed = api.ok("/api/tasks?document=" + DOCUMENT + "&asOf=2026-12-01&size=100");
		int spanning = 0;
		for (JsonNode task : listed.get("items")) {
			JsonNode reading = null;
			for (JsonNode r : task.get("readings")) {
				if (r.get("file").asString().equals(file)) {
					reading = r;
				}
			}
			assertThat(reading).as(task.get("title").asString()).isNotNull();
			int first = reading.get("line").asInt();
			int last = reading.get("lastLine").asInt();
			assertThat(last).isGreaterThanOrEqualTo(first);
			spanning += (last > first) ? 1 : 0;
			StringBuilder lines = new StringBuilder();
			for (int n = first; n <= last; n++) {
				lines.append(text.get("lines").get(n - 1).get("text").asString()).append(' ');
			}
			// The title's first and last words are on those lines (a title is the text
			// without its lead and deadline).
			String[] words = task.get("title").asString().split("\\s+");
			assertThat(lines.toString().replaceAll("\\s+", " ")).as(task.get("title").asString())
				.containsIgnoringCase(words[0])
				.containsIgnoringCase(words[words.length - 1].replaceAll("[.;,]$", ""));
		}
		assertThat(spanning).as("tasks written over several lines").isPositive();
	}

	/**
	 * A scan of the plan (no text layer) and its typed copy are one document: each task
	 * the scan reads joins the typed copy's task (identity by content, tolerant of what
	 * OCR misreads), and what it misreads stays its own, never another task's.
	 */
	@Test
	@org.junit.jupiter.api.condition.EnabledIf("io.directivegraph.extract.format.DocumentFormatsTest#tesseractReady")
	void aScanOfThePlanJoinsItsTypedCopy() throws Exception {
		String text = Files.readString(PLAN).replaceAll("(?m)^[ \\t]{10,}\\d{1,3}[ \\t]*\\n", "");
		assertThat(upload("ke-hoach-38.txt", "text/plain", text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(201);
		long tasks = count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) RETURN count(t)");
		// Through the service the upload calls: a scan is over the tests' upload limit.
		this.uploads.store("ke-hoach-38-ban-quet.pdf",
				DocumentFormatsTest.scan(DocumentFormatsTest.pdf(text, "Kế hoạch 38/KH-UBND"), 300, 0.4), "test");
		assertThat(count("MATCH (s:Source {file: 'ke-hoach-38-ban-quet.pdf'}) RETURN size(s.ocrPages)"))
			.isGreaterThan(1);
		long joined = count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) WHERE COUNT { (:Source)-[:STATES]->(t) } = 2 "
				+ "RETURN count(t)");
		long all = count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) RETURN count(t)");
		System.out.printf("Scan joined to its typed copy: %d of %d tasks read twice, %d tasks in all%n", joined, tasks,
				all);
		assertThat(joined).isGreaterThanOrEqualTo((long) Math.ceil(0.9 * tasks));
		// No task took a lead from the other copy's reading of another task.
		assertThat(count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) WHERE 'lead' IN coalesce(t.conflicts, []) "
				+ "RETURN count(t)"))
			.isZero();
	}

	private HttpResponse<String> multipart(String path, String auth, String name, byte[] bytes) throws Exception {
		String boundary = "----directive-graph-test";
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.write(bytes);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		ApiClient api = new ApiClient(this.port);
		HttpRequest.Builder request = api.request(path)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		return api.send((auth != null) ? request.header("Authorization", auth) : request);
	}

	private static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * The page's way in: an editor signs in with the write credentials, a file dropped on
	 * the page is read without being stored (its documents, tasks, leads, deadlines,
	 * pages), and is stored only when asked.
	 */
	@Test
	void thePageSignsAnEditorInAndPreviewsAFileWithoutStoringIt() throws Exception {
		ApiClient api = new ApiClient(this.port);
		HttpResponse<String> session = api.send(api.request("/api/session")
			.header("Authorization", basic("editor", "test-password"))
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(session.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(session.body()).get("user").asString()).isEqualTo("editor");
		assertThat(api
			.send(api.request("/api/session")
				.header("Authorization", basic("editor", "guess"))
				.POST(HttpRequest.BodyPublishers.noBody()))
			.statusCode()).isEqualTo(401);
		assertThat(api
			.send(api.request("/api/session")
				.header("Authorization", basic("editor", "test-password"))
				.header("Origin", "http://evil.example")
				.POST(HttpRequest.BodyPublishers.noBody()))
			.statusCode()).isEqualTo(403);

		String text = Files.readString(PLAN).replaceAll("(?m)^[ \\t]{10,}\\d{1,3}[ \\t]*\\n", "");
		byte[] pdf = DocumentFormatsTest.pdf(text, "Kế hoạch 38/KH-UBND");
		assertThat(multipart("/api/documents/preview", null, "ke-hoach-38.pdf", pdf).statusCode()).isEqualTo(401);
		HttpResponse<String> preview = multipart("/api/documents/preview", basic("editor", "test-password"),
				"ke-hoach-38.pdf", pdf);
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		JsonNode found = ApiClient.json(preview.body());
		assertThat(found.get("source").get("file").asString()).isEqualTo("ke-hoach-38.pdf");
		JsonNode document = found.get("documents").get(0);
		assertThat(document.get("document").get("number").asString()).isEqualTo("38/KH-UBND");
		assertThat(document.get("tasks")).hasSize(19);
		assertThat(document.get("tasks").get(0).get("lead").asString()).isNotBlank();
		assertThat(document.get("tasks").get(18).get("page").asInt()).isGreaterThan(1);
		assertThat(count("MATCH (n:Source) RETURN count(n)")).isZero();

		HttpResponse<String> image = multipart("/api/documents/preview", basic("editor", "test-password"), "anh.png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
		assertThat(image.statusCode()).isEqualTo(422);
		assertThat(ApiClient.json(image.body()).get("detail").asString()).contains("ảnh");

		HttpResponse<String> stored = multipart("/api/documents?name=ke-hoach-38.pdf", basic("editor", "test-password"),
				"ke-hoach-38.pdf", pdf);
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
		assertThat(count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) RETURN count(t)")).isEqualTo(19);
	}

	@Test
	void anImageIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
				0, 0, 0, 1, 8, 2, 0, 0, 0 };
		HttpResponse<String> image = upload("scan.png", "application/octet-stream", png);
		assertThat(image.statusCode()).isEqualTo(422);
		assertThat(ApiClient.json(image.body()).get("detail").asString()).contains("ảnh");
		assertThat(count("MATCH (n:Source) RETURN count(n)")).isZero();
	}

}
