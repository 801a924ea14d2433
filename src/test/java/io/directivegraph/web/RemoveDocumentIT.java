package io.directivegraph.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Taking a document back: only with the write credentials; one copy or every source; the
 * recorded task changes kept as history; a document others cite kept as a stub.
 */
@ApiTest
class RemoveDocumentIT {

	static final Path PLAN = Path
		.of("src/test/resources/fixtures/documents/prov-10-can-tho-kh-ubnd-trat-tu-via-he-2026.txt");

	static final String DOCUMENT = "can-tho.plan.38-kh-ubnd.2026";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	ApiClient api;

	String text;

	@BeforeEach
	void empty() throws Exception {
		TestNeo4j.clear();
		this.api = new ApiClient(this.port);
		this.text = Files.readString(PLAN);
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

	private HttpResponse<String> delete(String path, boolean signedIn) throws Exception {
		HttpRequest.Builder request = this.api.request(path).DELETE();
		return this.api.send(signedIn ? ApiClient.bearer(request) : request);
	}

	@Test
	void aDocumentIsTakenBackOneCopyThenWhollyAndItsRecordedChangesStayAsHistory() throws Exception {
		assertThat(this.api.upload("rm-a.txt", this.text).statusCode()).isEqualTo(201);
		assertThat(
				this.api.upload("rm-b.txt",
						this.text.replace(
								"III. TỔ CHỨC THỰC HIỆN",
								"11. Sở Y tế chủ trì kiểm tra an toàn thực phẩm, hoàn thành trước ngày 30/11/2026.\n\n"
										+ "III. TỔ CHỨC THỰC HIỆN"))
					.statusCode())
			.isEqualTo(201);
		long tasks = count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) RETURN count(t)");
		String task = this.driver
			.executableQuery(
					"MATCH (:Document {id: $d})-[:HAS_TASK]->(t)-[:LEAD_UNIT]->(:Agency {name: 'Sở Tài chính'}) "
							+ "RETURN t.id AS id")
			.withParameters(Map.of("d", DOCUMENT))
			.execute()
			.records()
			.get(0)
			.get("id")
			.asString();
		this.api.json(ApiClient.bearer(this.api.patch(task, "{\"completedOn\": \"2026-03-20\"}")), 200);

		assertThat(delete("/api/documents/" + DOCUMENT, false).statusCode()).isEqualTo(401);
		assertThat(count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) RETURN count(t)")).isEqualTo(tasks);

		// One copy: the task only it had goes, the others keep the other copy's reading.
		HttpResponse<String> one = delete("/api/documents/" + DOCUMENT + "?source=rm-b.txt", true);
		assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
		assertThat(ApiClient.json(one.body()).get("stillStated").findValuesAsString("")).isEmpty();
		assertThat(count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) RETURN count(t)")).isEqualTo(tasks - 1);
		assertThat(count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) WHERE COUNT { (:Source)-[:STATES]->(t) } <> 1 "
				+ "RETURN count(t)"))
			.isZero();
		assertThat(count("MATCH (t:Task {completedOn: date('2026-03-20')})-[:HAS_UPDATE]->() RETURN count(t)"))
			.isEqualTo(1);
		assertThat(Path.of("target/uploads-it/.removed/rm-b.txt")).exists();
		assertThat(Path.of("target/uploads-it/rm-b.txt")).doesNotExist();

		// Wholly: the document and its tasks go; the change recorded stays, as history.
		JsonNode all = this.api.json(ApiClient.bearer(this.api.request("/api/documents/" + DOCUMENT).DELETE()), 200);
		assertThat(all.get("files").findValuesAsString("")).isEmpty();
		assertThat(all.get("files").size()).isEqualTo(1);
		assertThat(count("MATCH (d:Document {id: $d}) RETURN count(d)")).isZero();
		assertThat(count("MATCH (t:Task) RETURN count(t)")).isZero();
		assertThat(count("MATCH (u:TaskUpdate) WHERE u.orphanedAt IS NOT NULL RETURN count(u)")).isEqualTo(1);
		assertThat(this.api.get("/api/documents/" + DOCUMENT).statusCode()).isEqualTo(404);
		// The documents it cited are gone with it: nothing else cites them.
		assertThat(count("MATCH (d:Document) RETURN count(d)")).isZero();
	}

	@Test
	void anUnknownIdIsNotFoundAndADocumentOthersOnlyCiteCannotBeTakenBack() throws Exception {
		HttpResponse<String> unknown = delete("/api/documents/khong-co", true);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(ApiClient.json(unknown.body()).get("code").asString()).isEqualTo("document.not-found");
		assertThat(ApiClient.json(unknown.body()).get("detail").asString()).contains("khong-co", "/api/documents?q=");

		assertThat(this.api.upload("rm-c.txt", this.text).statusCode()).isEqualTo(201);
		String cited = this.driver
			.executableQuery("MATCH (:Source)-[:CITES]->(d:Document) WHERE NOT d.hasText RETURN d.id AS id LIMIT 1")
			.execute()
			.records()
			.get(0)
			.get("id")
			.asString();
		HttpResponse<String> stub = delete("/api/documents/" + ApiClient.enc(cited), true);
		assertThat(stub.statusCode()).as(stub.body()).isEqualTo(409);
		assertThat(count("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) RETURN count(t)")).isPositive();
	}

}
