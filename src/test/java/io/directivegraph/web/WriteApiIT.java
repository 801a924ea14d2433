package io.directivegraph.web;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import io.directivegraph.agency.Successions;
import io.directivegraph.ingest.FolderIngest;
import io.directivegraph.ingest.GraphIngest;
import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes through the API: completions and corrections of tasks kept with who and when
 * (and across a re-ingest), uploads of documents, and the credentials both need.
 */
@ApiTest
class WriteApiIT {

	private static final String HG_TASKS = "/api/tasks?agency=hau-giang.ban-to-chuc-tinh-uy&size=500";

	@LocalServerPort
	int port;

	@Autowired
	GraphIngest graphIngest;

	@Autowired
	void seeds(FolderIngest ingest, Successions successions) throws Exception {
		TestNeo4j.seedsFor(getClass(), ingest, successions);
	}

	private ApiClient api() {
		return new ApiClient(this.port);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return api().send(request);
	}

	private HttpRequest.Builder request(String path) {
		return api().request(path);
	}

	private HttpRequest.Builder patch(String taskId, String body) {
		return api().patch(taskId, body);
	}

	private static HttpRequest.Builder bearer(HttpRequest.Builder request) {
		return ApiClient.bearer(request);
	}

	private JsonNode ok(HttpRequest.Builder request, int status) throws Exception {
		return api().json(request, status);
	}

	private JsonNode get(String path) throws Exception {
		return api().ok(path);
	}

	/** A task of Ban Tổ chức Tỉnh ủy Hậu Giang with this status on 2022-01-01. */
	private JsonNode task(String status, int index) throws Exception {
		JsonNode items = get(HG_TASKS + "&asOf=2022-01-01&status=" + status).get("items");
		assertThat(items.size()).as("tasks " + status).isGreaterThan(index);
		return items.get(index);
	}

	@Test
	void aWriteWithoutCredentialsIsRefusedSayingWhichToUse() throws Exception {
		String id = task("OVERDUE", 0).get("id").asString();
		HttpResponse<String> response = send(patch(id, "{\"status\": \"DONE\"}"));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("Basic"));
		assertThat(ApiClient.json(response.body()).get("detail").asString()).contains("editor", "Bearer");
		String wrong = "Basic " + Base64.getEncoder().encodeToString("editor:guess".getBytes(StandardCharsets.UTF_8));
		assertThat(send(patch(id, "{\"status\": \"DONE\"}").header("Authorization", wrong)).statusCode())
			.isEqualTo(401);
		// Nothing was recorded.
		assertThat(get("/api/tasks/" + id).get("history").size()).isZero();
		// Reads stay open.
		assertThat(send(request("/api/tasks/" + id)).statusCode()).isEqualTo(200);
	}

	@Test
	void aCompletionRecordedByHandIsKeptWithWhoWhenAndThePreviousStatus() throws Exception {
		JsonNode overdue = task("OVERDUE", 1);
		String id = overdue.get("id").asString();
		String deadline = overdue.get("deadline").asString();
		String late = LocalDate.parse(deadline).plusDays(20).toString();
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString("editor:test-password".getBytes(StandardCharsets.UTF_8));
		JsonNode changed = ok(patch(id,
				"{\"status\": \"DONE\", \"completedOn\": \"" + late
						+ "\", \"evidence\": \"Báo cáo số 12-BC/BTCTU\", \"note\": \"xác nhận qua điện thoại\"}")
			.header("Authorization", basic), 200);
		assertThat(changed.get("completedOn").asString()).isEqualTo(late);
		assertThat(changed.get("status").asString()).isEqualTo("DONE_LATE");
		assertThat(changed.get("evidence").asString()).isEqualTo("Báo cáo số 12-BC/BTCTU");
		JsonNode change = changed.get("history").get(0);
		assertThat(change.get("by").asString()).isEqualTo("editor");
		assertThat(change.get("at").asString()).startsWith(LocalDate.now().toString().substring(0, 4));
		assertThat(change.get("previous").get("status").asString()).isEqualTo("OVERDUE");
		assertThat(change.get("note").asString()).isEqualTo("xác nhận qua điện thoại");
		// As of a day before the completion the task was still overdue; after it, done
		// late.
		assertThat(get("/api/tasks/" + id + "?asOf=2022-01-01").get("status").asString()).isEqualTo("OVERDUE");
		assertThat(get("/api/tasks/" + id + "?asOf=" + LocalDate.parse(late).plusDays(1)).get("status").asString())
			.isEqualTo("DONE_LATE");
	}

	@Test
	void aChangeSurvivesAReingestOfTheEditedSource() throws Exception {
		JsonNode overdue = task("OVERDUE", 2);
		String id = overdue.get("id").asString();
		ok(bearer(patch(id, "{\"completedOn\": \"2021-10-01\", \"deadline\": \"2021-12-31\"}")), 200);
		String file = overdue.get("source").asString();
		byte[] original = Files.readAllBytes(Path.of("import/documents", file));
		try {
			// The same document with two lines more at the top: every line moves.
			byte[] edited = ("\n\n" + new String(original, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
			assertThat(this.graphIngest.ingest(file, edited).status().name()).isEqualTo("INGESTED");
			JsonNode after = get("/api/tasks/" + id + "?asOf=2022-01-01");
			assertThat(after.get("line").asInt()).isEqualTo(overdue.get("line").asInt() + 2);
			assertThat(after.get("completedOn").asString()).isEqualTo("2021-10-01");
			assertThat(after.get("deadline").asString()).isEqualTo("2021-12-31");
			assertThat(after.get("status").asString()).isEqualTo("DONE_ON_TIME");
			assertThat(after.get("history").get(0).get("by").asString()).isEqualTo("api-token");
		}
		finally {
			this.graphIngest.ingest(file, original);
		}
		// Reverting the fields gives back what the document says.
		JsonNode reverted = ok(bearer(patch(id, "{\"completedOn\": null, \"deadline\": null}")), 200);
		assertThat(reverted.get("deadline").asString()).isEqualTo(overdue.get("deadline").asString());
		assertThat(reverted.get("history").size()).isEqualTo(2);
	}

	@Test
	void notDoneOverridesAnAutomaticFulfilmentEverywhere() throws Exception {
		JsonNode done = null;
		for (String status : List.of("DONE_ON_TIME", "DONE_LATE")) {
			for (JsonNode t : get("/api/tasks?asOf=2026-01-01&size=500&status=" + status).get("items")) {
				if (!t.get("fulfilledBy").isNull()) {
					done = t;
				}
			}
		}
		assertThat(done).as("an automatically fulfilled task in the seeds").isNotNull();
		String id = done.get("id").asString();
		JsonNode changed = ok(bearer(patch(id, "{\"status\": \"NOT_DONE\", \"note\": \"wrong match\"}")), 200);
		assertThat(changed.get("fulfilledBy").isNull()).isTrue();
		assertThat(changed.get("status").asString()).isIn("OVERDUE", "PENDING", "OPEN");
		JsonNode lineage = get(
				"/api/documents/" + done.get("document").get("id").asString() + "/lineage?direction=down&depth=1");
		for (JsonNode edge : lineage.get("edges")) {
			assertThat(edge.get("from").asString() + edge.get("type").asString()).isNotEqualTo(id + "FULFILLED_BY");
		}
		// null gives the decision back to the documents.
		JsonNode back = ok(bearer(patch(id, "{\"status\": null}")), 200);
		assertThat(back.get("fulfilledBy").get("id").asString())
			.isEqualTo(done.get("fulfilledBy").get("id").asString());
	}

	@Test
	void badChangesAreRefusedWithAReason() throws Exception {
		String id = task("PENDING", 0).get("id").asString();
		assertThat(ok(bearer(patch(id, "{\"colour\": \"red\"}")), 400).get("detail").asString()).contains("colour",
				"completedOn");
		assertThat(ok(bearer(patch(id, "{\"completedOn\": \"15/03/2022\"}")), 400).get("detail").asString())
			.contains("YYYY-MM-DD");
		assertThat(ok(bearer(patch(id, "{\"completedOn\": \"2999-01-01\"}")), 400).get("detail").asString())
			.contains("after today");
		assertThat(ok(bearer(patch(id, "{\"status\": \"FINISHED\"}")), 400).get("detail").asString()).contains("DONE",
				"NOT_DONE");
		assertThat(ok(bearer(patch(id, "{\"fulfilledBy\": \"no.such.document\"}")), 400).get("detail").asString())
			.contains("/api/documents");
		assertThat(ok(bearer(patch(id, "{}")), 400).get("detail").asString()).contains("Nothing to change");
		assertThat(ok(bearer(patch("no.such.task", "{\"status\": \"DONE\"}")), 404).get("detail").asString())
			.contains("no.such.task");
		assertThat(get("/api/tasks/" + id).get("history").size()).isZero();
	}

	@Test
	void anUploadedDocumentIsIngestedAndCanBeAskedAbout() throws Exception {
		String text = """
				ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
				Số: 77/KH-UBND
				Hậu Giang, ngày 15 tháng 3 năm 2022

				KẾ HOẠCH
				Thực hiện Chương trình số 50-CTr/TU ngày 09 tháng 8 năm 2021 của Tỉnh ủy

				1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính xây dựng Đề án vị trí việc làm, hoàn thành trong quý II năm 2022.
				""";
		HttpRequest.Builder post = request(
				"/api/documents?name=" + URLEncoder.encode("kế hoạch 77.txt", StandardCharsets.UTF_8))
			.header("Content-Type", "text/plain; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
		assertThat(send(post).statusCode()).isEqualTo(401);
		HttpResponse<String> created = send(bearer(post));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode summary = ApiClient.json(created.body());
		assertThat(summary.get("file").asString()).isEqualTo("kế_hoạch_77.txt");
		String id = summary.get("documents").get(0).get("id").asString();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/documents/" + id);
		assertThat(summary.get("tasks").asInt()).isEqualTo(1);
		JsonNode document = get("/api/documents/" + id);
		assertThat(document.get("number").asString()).isEqualTo("77/KH-UBND");
		assertThat(document.get("implements").findValuesAsString("number")).contains("50-CTr/TU");
		assertThat(Path.of("target/uploads-it/kế_hoạch_77.txt")).exists();
		// The same content again changes nothing.
		assertThat(ApiClient.json(send(bearer(post)).body()).get("status").asString()).isEqualTo("UNCHANGED");
	}

	@Test
	void uploadsThatCannotBeUsedAreRefusedAndStoreNothing() throws Exception {
		long before = get("/api/documents?size=1").get("total").asLong();
		HttpRequest.Builder big = request("/api/documents").header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("Nghị quyết số 1-NQ/TW. ".repeat(4000)));
		JsonNode tooLarge = ok(bearer(big), 413);
		assertThat(tooLarge.get("detail").asString()).contains("app.upload.max-size", "ingest");
		byte[] binary = new byte[4096];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (i * 31);
		}
		HttpRequest.Builder bin = request("/api/documents").header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofByteArray(binary));
		assertThat(ok(bearer(bin), 422).get("detail").asString()).contains("Nothing was stored");
		HttpRequest.Builder empty = request("/api/documents").header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.noBody());
		assertThat(ok(bearer(empty), 400).get("detail").asString()).contains("empty");
		assertThat(get("/api/documents?size=1").get("total").asLong()).isEqualTo(before);
	}

	@Test
	void aMultipartFileIsIngestedUnderItsName() throws Exception {
		String boundary = "dg-boundary-42";
		String text = "HỘI ĐỒNG NHÂN DÂN TỈNH SÓC TRĂNG\nSố: 31/NQ-HĐND\nSóc Trăng, ngày 08 tháng 12 năm 2022\n\n"
				+ "NGHỊ QUYẾT\nVề kế hoạch đầu tư công năm 2023\n";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nq-31.txt\"\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
		HttpRequest.Builder post = request("/api/documents")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		JsonNode summary = ok(bearer(post), 201);
		assertThat(summary.get("file").asString()).isEqualTo("nq-31.txt");
		assertThat(summary.get("documents").get(0).get("number").asString()).isEqualTo("31/NQ-HĐND");
	}

}
