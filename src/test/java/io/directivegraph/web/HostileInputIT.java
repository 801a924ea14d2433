package io.directivegraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import io.directivegraph.agency.Successions;
import io.directivegraph.ingest.FolderIngest;
import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile but ordinary client sends: malformed and extreme values for every
 * endpoint and parameter, names that try to leave the upload folder, writes from another
 * site's page, parallel uploads of one name and changes racing a re-upload. Every answer
 * is a problem+json 4xx (never a 500, never an HTML page), and the graph is as it was —
 * or, for the races, whole: no task without its document, one version of a file.
 */
@ApiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputIT {

	@LocalServerPort
	int port;

	@Autowired
	void seeds(FolderIngest ingest, Successions successions) throws Exception {
		TestNeo4j.seedsFor(getClass(), ingest, successions);
	}

	/** Nodes, relationships and labels: any write changes one of them. */
	/**
	 * Nodes, relationships and labels, but the status labels: those are derived, and
	 * refreshed in the background after an earlier test's write (a race, not a write of
	 * the reads under test).
	 */
	private static List<Long> graph() {
		Driver driver = TestNeo4j.driver();
		return driver.executableQuery("""
				CALL () { MATCH (n) RETURN count(n) AS nodes }
				CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
				CALL () { MATCH (n) UNWIND labels(n) AS label WITH label WHERE NOT label IN $status
				  RETURN count(label) AS labels }
				RETURN nodes, relationships, labels""")
			.withParameters(java.util.Map.of("status", io.directivegraph.explore.TaskStatusLabels.LABELS))
			.execute()
			.records()
			.stream()
			.flatMap((r) -> List.of(r.get("nodes").asLong(), r.get("relationships").asLong(), r.get("labels").asLong())
				.stream())
			.toList();
	}

	/**
	 * Sends a request as raw bytes, so that nothing on the client side fixes what a
	 * hostile client would send as is.
	 */
	private Raw raw(String method, String target, List<String> headers, byte[] body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			StringBuilder head = new StringBuilder(
					method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + this.port + "\r\nConnection: close\r\n");
			for (String header : headers) {
				head.append(header).append("\r\n");
			}
			if (body != null) {
				head.append("Content-Length: ").append(body.length).append("\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				out.write(body);
			}
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(response.substring(9, 12));
			String type = response.lines()
				.takeWhile((l) -> !l.isEmpty())
				.filter((l) -> l.toLowerCase().startsWith("content-type:"))
				.map((l) -> l.substring(13).strip())
				.findFirst()
				.orElse("");
			return new Raw(status, type, response);
		}
	}

	/** A raw response: its status, content type and the whole of it as sent. */
	private record Raw(int status, String type, String text) {

		/** The body, its chunks joined when it was sent chunked. */
		String body() {
			int start = this.text.indexOf("\r\n\r\n");
			String head = this.text.substring(0, start).toLowerCase(java.util.Locale.ROOT);
			String body = this.text.substring(start + 4);
			if (!head.contains("transfer-encoding: chunked")) {
				return body;
			}
			StringBuilder joined = new StringBuilder();
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			int at = 0;
			while (at < bytes.length) {
				int end = indexOf(bytes, at);
				int size = Integer.parseInt(new String(bytes, at, end - at, StandardCharsets.US_ASCII).strip(), 16);
				if (size == 0) {
					break;
				}
				joined.append(new String(bytes, end + 2, size, StandardCharsets.UTF_8));
				at = end + 2 + size + 2;
			}
			return joined.toString();
		}

		private static int indexOf(byte[] bytes, int from) {
			for (int i = from; i + 1 < bytes.length; i++) {
				if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
					return i;
				}
			}
			return bytes.length;
		}

	}

	private static final String TOKEN = "Authorization: Bearer test-token";

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			GET   | /api/documents?q=AND                                   | null          | null
			GET   | /api/documents?q=OR%20NOT                              | null          | null
			GET   | /api/agencies?q=NOT                                    | null          | null
			GET   | /api/documents?q=%C3%28                                | 400           | null
			GET   | /api/agencies?q=%FF%FE                                 | 400           | null
			GET   | /api/documents?page=2147483647                         | 400           | null
			GET   | /api/agencies?page=2147483647&size=500                 | 400           | null
			GET   | /api/tasks?page=-1                                     | 400           | null
			GET   | /api/tasks?size=100000                                 | 400           | null
			GET   | /api/tasks?asOf=2022-13-01                             | 400           | null
			GET   | /api/tasks?asOf=%27%3B%20MATCH%20(n)%20DETACH%20DELETE%20n | 400       | null
			GET   | /api/tasks/%27%20OR%201%3D1                            | 404           | null
			GET   | /api/tasks/a%2Fb                                       | 400           | null
			GET   | /api/documents/a%5Cb                                   | 400           | null
			GET   | /api/documents/a%00b                                   | 400           | null
			GET   | /api/documents/nothing-like-this                       | 404           | null
			GET   | /api/documents/x/lineage?depth=99999                   | 400           | null
			GET   | /api/documents/x/lineage?limit=-5                      | 400           | null
			GET   | /api/documents/x/lineage?direction=sideways            | 400           | null
			GET   | /api/reports/overdue?asOf=yesterday                    | 400           | null
			GET   | /explore/api/sources/..%2F..%2Fetc%2Fpasswd?line=1     | 400           | null
			GET   | /explore/api/sources/nothing.txt?line=abc              | 400           | null
			GET   | /explore/api/sources/nothing.txt                       | 400           | null
			PATCH | /api/tasks/no-such-task                                | 404           | {"status": "DONE"}
			PATCH | /api/tasks/no-such-task                                | 400           | {"status":
			POST  | /api/documents?name=..%2F..%2Fx                        | 400           | text
			POST  | /api/documents?name=..%5C..%5Cx                        | 400           | text
			POST  | /api/documents?name=....%2F%2F....%2F%2Fx              | 400           | text
			POST  | /api/documents                                         | 400           | empty
			POST  | /api/documents                                         | 415           | untyped
			POST  | /api/documents                                         | 400           | no-boundary
			POST  | /api/documents                                         | 400           | garbage-multipart
			POST  | /api/documents                                         | 413           | huge
			POST  | /api/documents                                         | 422           | binary
			POST  | /api/documents?name=nothing.txt                        | 422           | no-directive
			""")
	void aHostileRequestGetsAProblem4xxAndChangesNothing(String method, String target, Integer expected, String body)
			throws IOException {
		List<Long> before = graph();
		List<String> headers = new ArrayList<>(List.of(TOKEN));
		byte[] bytes = null;
		if (body != null) {
			switch (body) {
				case "text" -> {
					headers.add("Content-Type: text/plain");
					bytes = "KẾ HOẠCH\nSở Y tế chủ trì kiểm tra, hoàn thành trong năm 2026.\n"
						.getBytes(StandardCharsets.UTF_8);
				}
				case "empty" -> {
					headers.add("Content-Type: text/plain");
					bytes = new byte[0];
				}
				case "no-directive" -> {
					// No number, date, issuer, citation or task: not a Report of Việt
					// Nam.
					headers.add("Content-Type: text/plain");
					bytes = "Không có gì\n".getBytes(StandardCharsets.UTF_8);
				}
				case "untyped" -> bytes = "KẾ HOẠCH\n".getBytes(StandardCharsets.UTF_8);
				case "no-boundary" -> {
					headers.add("Content-Type: multipart/form-data");
					bytes = "garbage".getBytes(StandardCharsets.UTF_8);
				}
				case "garbage-multipart" -> {
					headers.add("Content-Type: multipart/form-data; boundary=XYZ");
					bytes = "--XYZ\r\nnonsense\r\n\r\n".getBytes(StandardCharsets.UTF_8);
				}
				case "huge" -> {
					headers.add("Content-Type: text/plain");
					bytes = "a".repeat(200_000).getBytes(StandardCharsets.UTF_8);
				}
				case "binary" -> {
					headers.add("Content-Type: application/octet-stream");
					bytes = new byte[4096];
					new java.util.Random(7).nextBytes(bytes);
				}
				default -> {
					headers.add("Content-Type: application/json");
					bytes = body.getBytes(StandardCharsets.UTF_8);
				}
			}
		}
		Raw response = raw(method, target, headers, bytes);
		if (expected == null) {
			// Words that are Lucene operators are searched for, not parsed.
			assertThat(response.status()).as(response.text()).isEqualTo(200);
		}
		else {
			assertThat(response.status()).as(response.text()).isEqualTo(expected);
			assertThat(response.type()).as(response.text()).startsWith("application/problem+json");
			assertThat(ApiClient.json(response.body()).has("code")).as(response.text()).isTrue();
			// The page asks in Vietnamese: the same refusal, said in Vietnamese.
			List<String> vietnamese = new ArrayList<>(headers);
			vietnamese.add("Accept-Language: vi-VN,vi;q=0.9,en;q=0.8");
			Raw vi = raw(method, target, vietnamese, bytes);
			assertThat(vi.status()).isEqualTo(expected);
			tools.jackson.databind.JsonNode problem = ApiClient.json(vi.body());
			assertThat(problem.get("code").asString())
				.isEqualTo(ApiClient.json(response.body()).get("code").asString());
			assertThat(problem.get("title").asString() + " " + problem.get("detail").asString()).as(vi.text())
				.containsPattern("[ăâđêôơưạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửựỳỵỷỹ]");
		}
		assertThat(graph()).as("graph after " + method + " " + target).isEqualTo(before);
	}

	@Test
	void containerLevelRefusalsAreProblemJsonToo() throws IOException {
		List<Long> before = graph();
		for (Raw response : List.of(raw("GET", "/api/documents?q=" + "a".repeat(10_000), List.of(), null),
				raw("GET", "/api/documents", List.of("X-Big: " + "a".repeat(100_000)), null),
				raw("GET", "/" + "a".repeat(100_000), List.of(), null))) {
			assertThat(response.status()).as(response.text()).isBetween(400, 499);
			assertThat(response.type()).as(response.text()).startsWith("application/problem+json");
		}
		assertThat(graph()).isEqualTo(before);
	}

	@Test
	void aWriteFromAnotherSitesPageIsRefusedEvenWithCredentials() throws IOException {
		List<Long> before = graph();
		Raw response = raw("POST", "/api/documents?name=csrf.txt",
				List.of(TOKEN, "Content-Type: text/plain", "Origin: https://evil.example"),
				"KẾ HOẠCH\nSở Y tế chủ trì kiểm tra.\n".getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.type()).startsWith("application/problem+json");
		assertThat(graph()).isEqualTo(before);
		Raw own = raw("POST", "/api/documents?name=same-origin.txt",
				List.of(TOKEN, "Content-Type: text/plain", "Origin: http://127.0.0.1:" + this.port),
				"KẾ HOẠCH\nSở Y tế chủ trì kiểm tra, hoàn thành trong năm 2026.\n".getBytes(StandardCharsets.UTF_8));
		assertThat(own.status()).as(own.text()).isEqualTo(201);
	}

	@Test
	void readsNeverWriteAndLinksIgnoreTheHostHeader() throws IOException {
		List<Long> before = graph();
		for (int i = 0; i < 3; i++) {
			Raw guide = raw("GET", "/explore/browser/guide.html", List.of("X-Forwarded-Host: evil.example"), null);
			assertThat(guide.status()).isEqualTo(200);
			assertThat(guide.text()).doesNotContain("evil.example").contains("http://127.0.0.1:" + this.port);
			raw("GET", "/api/tasks?size=5", List.of(), null);
			raw("GET", "/api/reports/overdue?asOf=2022-01-01", List.of(), null);
		}
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.getOutputStream()
				.write(("GET /explore/browser/guide.html HTTP/1.1\r\nHost: evil.example:666\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(text).doesNotContain("evil.example");
		}
		assertThat(graph()).isEqualTo(before);
	}

	private HttpResponse<String> upload(String name, String text) throws Exception {
		return new ApiClient(this.port).upload(name, text);
	}

	private static String version(int i) {
		StringBuilder text = new StringBuilder("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\nSố: " + (100 + i)
				+ "/KH-UBND\nKẾ HOẠCH\nThực hiện chuyển đổi số\n\nII. NHIỆM VỤ\n\n");
		for (int t = 0; t <= i; t++) {
			text.append(t + 1)
				.append(". Sở Nội vụ chủ trì rà soát nhiệm vụ số ")
				.append(t + 1)
				.append(", hoàn thành trong quý ")
				.append((t % 4) + 1)
				.append(" năm 2026.\n\n");
		}
		return text.toString();
	}

	private static long orphanTasks() {
		return TestNeo4j.driver()
			.executableQuery("MATCH (t:Task) WHERE NOT (t)<-[:HAS_TASK]-(:Document) RETURN count(t) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	@Test
	void reUploadingTheSameBytesRestoresALostCopy() throws Exception {
		assertThat(upload("lost-copy.txt", version(2)).statusCode()).isIn(200, 201);
		Path copy = Path.of("target/uploads-it/lost-copy.txt");
		Files.delete(copy);
		HttpResponse<String> again = upload("lost-copy.txt", version(2));
		assertThat(ApiClient.json(again.body()).get("status").asString()).isEqualTo("UNCHANGED");
		assertThat(Files.readString(copy)).isEqualTo(version(2));
		Files.writeString(copy, "hand-edited");
		upload("lost-copy.txt", version(2));
		assertThat(Files.readString(copy)).isEqualTo(version(2));
	}

	@Test
	void parallelUploadsOfOneNameLeaveOneWholeVersion() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				int v = i;
				answers.add(pool.submit(() -> upload("same-name.txt", version(v))));
			}
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS).statusCode()).isIn(200, 201);
			}
			assertThat(orphanTasks()).isZero();
			// The last writer won whole: the tasks in the graph are those of one version,
			// the one whose bytes are kept.
			String kept = Files.readString(Path.of("target/uploads-it/same-name.txt"));
			long tasksOfKept = kept.lines().filter((l) -> l.contains("Sở Nội vụ chủ trì")).count();
			long tasks = TestNeo4j.driver().executableQuery("""
					MATCH (:Source {file: 'same-name.txt'})-[:STATES]->(d:Document)-[:HAS_TASK]->(t:Task)
					RETURN count(DISTINCT t) AS n""").execute().records().get(0).get("n").asLong();
			assertThat(tasks).isEqualTo(tasksOfKept);
			// Eight identical uploads: one ingested, seven unchanged.
			List<Callable<HttpResponse<String>>> same = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				same.add(() -> upload("identical.txt", version(3)));
			}
			List<String> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : pool.invokeAll(same)) {
				statuses.add(ApiClient.json(answer.get().body()).get("status").asString());
			}
			assertThat(statuses).containsOnly("INGESTED", "UNCHANGED").filteredOn("INGESTED"::equals).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void changesRacingAReUploadOfTheirDocumentAreRecordedOrAnswered409() throws Exception {
		HttpResponse<String> first = upload("raced.txt", version(5));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		String document = ApiClient.json(first.body()).get("documents").get(0).get("id").asString();
		ApiClient api = new ApiClient(this.port);
		JsonNode list = api.ok("/api/tasks?document=" + document);
		List<String> ids = new ArrayList<>();
		list.get("items").forEach((t) -> ids.add(t.get("id").asString()));
		assertThat(ids).isNotEmpty();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int round = 0; round < 4; round++) {
				int r = round;
				answers.add(pool
					.submit(() -> upload("raced.txt", version(5) + "\n" + "Ghi chú " + r + ".\n").statusCode()));
				for (String id : ids) {
					answers.add(pool.submit(() -> api
						.send(ApiClient.bearer(
								api.patch(id, "{\"status\": \"DONE\", \"completedOn\": \"2026-02-0" + (r + 1) + "\"}")))
						.statusCode()));
				}
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS)).isIn(200, 201, 404, 409);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(orphanTasks()).isZero();
	}

}
