package io.directivegraph.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedNeo4jIT {

	@TempDir
	Path dir;

	private EmbeddedNeo4jProperties properties(Path dataDir, int boltPort, int httpPort) {
		return new EmbeddedNeo4jProperties(dataDir, boltPort, httpPort, "127.0.0.1", DataSize.ofMegabytes(32),
				Path.of("import"), true);
	}

	@Test
	void generatesAnOwnerOnlyPasswordOnFirstStartAndKeepsItAfterRestart() throws IOException {
		Path data = this.dir.resolve("data");
		String password;
		try (EmbeddedNeo4j neo4j = new EmbeddedNeo4j(properties(data, 0, 0))) {
			password = neo4j.password();
			assertThat(password).hasSizeGreaterThanOrEqualTo(24).isNotEqualTo("neo4j");
			assertThat(Files.getPosixFilePermissions(neo4j.credentialsFile()))
				.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
			assertConnects(neo4j);
		}
		try (EmbeddedNeo4j neo4j = new EmbeddedNeo4j(properties(data, 0, 0))) {
			assertThat(neo4j.password()).isEqualTo(password);
			assertConnects(neo4j);
		}
	}

	/**
	 * Neo4j Browser pre-fills its connection form with the Bolt address the server
	 * advertises (its discovery answer): the port this database listens on, also when the
	 * port was left to chance, never Neo4j's default 7687.
	 */
	@Test
	void browserIsOfferedTheBoltPortThisDatabaseListensOn() throws Exception {
		try (EmbeddedNeo4j neo4j = new EmbeddedNeo4j(properties(this.dir.resolve("data"), 0, 0))) {
			java.net.URI browser = neo4j.browserUri();
			String discovery = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(browser.resolve("/"))
					.header("Accept", "application/json")
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString())
				.body();
			assertThat(discovery).contains("\"bolt_direct\":\"" + neo4j.boltUri() + "\"");
			assertThat(neo4j.boltUri().getPort()).isNotEqualTo(7687);
		}
	}

	@Test
	void aFirstStartStoppedBeforeTheDatabaseTookThePasswordStartsNextTime() throws IOException {
		// The half-state of a first start stopped between writing the file and telling
		// the database: an unconfirmed file (or one written by an older version), a
		// database that never heard of it.
		Path data = Files.createDirectories(this.dir.resolve("data"));
		Path file = data.resolve(EmbeddedCredentials.FILE_NAME);
		Files.writeString(file, "username=neo4j\npassword=written-before-the-crash-0123456789\n");
		try (EmbeddedNeo4j neo4j = new EmbeddedNeo4j(properties(data, 0, 0))) {
			assertThat(neo4j.password()).isEqualTo("written-before-the-crash-0123456789");
			assertConnects(neo4j);
		}
		assertThat(Files.readString(file)).contains("confirmed=true");
	}

	@Test
	void anEmptyOrDeletedCredentialsFileGetsANewPasswordTheDatabaseTakes() throws IOException {
		Path data = this.dir.resolve("data");
		String first;
		try (EmbeddedNeo4j neo4j = new EmbeddedNeo4j(properties(data, 0, 0))) {
			first = neo4j.password();
		}
		Path file = data.resolve(EmbeddedCredentials.FILE_NAME);
		Files.writeString(file, "");
		String second;
		try (EmbeddedNeo4j neo4j = new EmbeddedNeo4j(properties(data, 0, 0))) {
			second = neo4j.password();
			assertThat(second).isNotEqualTo(first);
			assertConnects(neo4j);
		}
		Files.delete(file);
		try (EmbeddedNeo4j neo4j = new EmbeddedNeo4j(properties(data, 0, 0))) {
			assertThat(neo4j.password()).isNotEqualTo(second);
			assertConnects(neo4j);
		}
	}

	private static void assertConnects(EmbeddedNeo4j neo4j) {
		assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", neo4j.password()))) {
			driver.verifyConnectivity();
		}
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatExceptionOfType(org.neo4j.driver.exceptions.AuthenticationException.class)
				.isThrownBy(driver::verifyConnectivity);
		}
	}

	@Test
	void theStoreIsOwnerOnlyAndBrowserIsToldTheConfiguredBoltPort() throws Exception {
		int bolt;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			bolt = socket.getLocalPort();
		}
		Path data = this.dir.resolve("data");
		try (EmbeddedNeo4j neo4j = new EmbeddedNeo4j(properties(data, bolt, 0))) {
			assertThat(Files.getPosixFilePermissions(data)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
					PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
			// Neo4j Browser pre-fills its connection form from the discovery document.
			String discovery = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(neo4j.browserUri().resolve("/")).build(),
						java.net.http.HttpResponse.BodyHandlers.ofString())
				.body();
			assertThat(discovery).contains("bolt://127.0.0.1:" + bolt).doesNotContain(":7687");
		}
	}

	@Test
	void aSecondInstanceOnTheSameDataFolderNamesTheLock() {
		Path data = this.dir.resolve("data");
		try (EmbeddedNeo4j first = new EmbeddedNeo4j(properties(data, 0, 0))) {
			assertThatExceptionOfType(Neo4jStartupException.class)
				.isThrownBy(() -> new EmbeddedNeo4j(properties(data, 0, 0)))
				.withMessageContaining("is locked")
				.satisfies((ex) -> assertThat(ex.key()).startsWith("app.neo4j.embedded.data-dir"));
		}
		// The failed second start must not have damaged the store: it opens again.
		new EmbeddedNeo4j(properties(data, 0, 0)).close();
	}

	@Test
	void aBusyBoltPortNamesThePortKey() throws IOException {
		try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			assertThatExceptionOfType(Neo4jStartupException.class)
				.isThrownBy(() -> new EmbeddedNeo4j(properties(this.dir.resolve("data"), busy.getLocalPort(), 0)))
				.withMessageContaining("Bolt port " + busy.getLocalPort() + " on 127.0.0.1 is already in use")
				.satisfies((ex) -> assertThat(ex.key()).isEqualTo("app.neo4j.embedded.bolt-port"));
		}
	}

	@Test
	void aBusyHttpPortNamesThePortKey() throws IOException {
		try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			assertThatExceptionOfType(Neo4jStartupException.class)
				.isThrownBy(() -> new EmbeddedNeo4j(properties(this.dir.resolve("data"), 0, busy.getLocalPort())))
				.withMessageContaining("HTTP port " + busy.getLocalPort())
				.satisfies((ex) -> assertThat(ex.key()).isEqualTo("app.neo4j.embedded.http-port"));
		}
	}

	@Test
	void aDataFolderThatCannotBeCreatedIsReportedWithItsKey() throws IOException {
		Path file = Files.writeString(this.dir.resolve("not-a-folder"), "x");
		assertThatExceptionOfType(Neo4jStartupException.class)
			.isThrownBy(() -> new EmbeddedNeo4j(properties(file.resolve("data"), 0, 0)))
			.withMessageContaining("Data folder")
			.satisfies((ex) -> assertThat(ex.key()).isEqualTo("app.neo4j.embedded.data-dir"));
	}

	@Test
	void anExternalUriThatDoesNotAnswerNamesSpringNeo4jUri() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			closedPort = socket.getLocalPort();
		}
		// Retries of an unanswered query bounded to a second (30 by default).
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + closedPort, AuthTokens.none(),
				org.neo4j.driver.Config.builder()
					.withMaxTransactionRetryTime(1, java.util.concurrent.TimeUnit.SECONDS)
					.build())) {
			assertThatExceptionOfType(Neo4jStartupException.class)
				.isThrownBy(() -> new SchemaMigrations(driver).afterPropertiesSet())
				.withMessageContaining("Neo4j does not answer")
				.satisfies((ex) -> assertThat(ex.key()).isEqualTo("spring.neo4j.uri"));
		}
	}

	@Test
	void wrongCredentialsNameTheAuthenticationKeys() {
		try (EmbeddedNeo4j neo4j = new EmbeddedNeo4j(properties(this.dir.resolve("data"), 0, 0));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "wrong"))) {
			assertThatExceptionOfType(Neo4jStartupException.class)
				.isThrownBy(() -> new SchemaMigrations(driver).afterPropertiesSet())
				.withMessageContaining("refused the credentials")
				.satisfies((ex) -> assertThat(ex.key()).contains("spring.neo4j.authentication.password"));
		}
	}

}
