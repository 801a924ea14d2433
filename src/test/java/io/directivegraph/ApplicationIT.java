package io.directivegraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.directivegraph.neo4j.EmbeddedNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole service on random ports with an embedded database in a temporary folder. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApplicationIT {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void embedded(DynamicPropertyRegistry registry) {
		registry.add("app.neo4j.embedded.data-dir", () -> dataDir.toString());
		registry.add("app.neo4j.embedded.bolt-port", () -> 0);
		registry.add("app.neo4j.embedded.http-port", () -> 0);
	}

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedNeo4j neo4j;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void healthReportsTheDatabaseAndTheSchema() throws Exception {
		HttpResponse<String> health = get(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"));
		assertThat(health.statusCode()).isEqualTo(200);
		// The latest shipped script: the highest V<n>__ of cypher/schema.
		int latest;
		try (java.util.stream.Stream<java.nio.file.Path> scripts = java.nio.file.Files
			.list(java.nio.file.Path.of("cypher/schema"))) {
			latest = scripts.map((p) -> p.getFileName().toString())
				.filter((n) -> n.matches("V\\d+__.*\\.cypher"))
				.mapToInt((n) -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
				.max()
				.orElseThrow();
		}
		assertThat(health.body()).contains("\"status\":\"UP\"", "\"neo4j\"", "\"schema\"", "\"version\":" + latest);
	}

	@Test
	void boltAcceptsTheGeneratedCredentialsFromTheDataFolder() {
		assertThat(this.neo4j.credentialsFile()).startsWith(dataDir);
		String password = readPassword();
		try (Driver driver = GraphDatabase.driver(this.neo4j.boltUri(), AuthTokens.basic("neo4j", password))) {
			assertThat(driver.executableQuery("MATCH (m:SchemaMigration) RETURN count(m) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asInt()).isEqualTo(io.directivegraph.neo4j.SchemaMigrationsAccess.scriptCount());
		}
	}

	@Test
	void neo4jBrowserIsServed() throws Exception {
		HttpResponse<String> browser = get(this.neo4j.browserUri());
		assertThat(browser.statusCode()).isEqualTo(200);
		assertThat(browser.body()).contains("<title>Neo4j Browser</title>");
	}

	private String readPassword() {
		try {
			java.util.Properties properties = new java.util.Properties();
			try (var reader = java.nio.file.Files.newBufferedReader(this.neo4j.credentialsFile())) {
				properties.load(reader);
			}
			return properties.getProperty("password");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private HttpResponse<String> get(URI uri) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
	}

}
