package io.directivegraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.directivegraph.Application;
import io.directivegraph.cli.Cli;
import io.directivegraph.cli.UsageException;
import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.TestNeo4j;
import io.directivegraph.web.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code ingest} into a running service: a folder sent through the API with the token
 * gives what an ingest gives, files the service refuses are listed with its reason, and a
 * locked database with no service answering is said at once, not after a timeout.
 */
@ApiTest
class ServiceIngestIT {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@BeforeEach
	void empty() {
		TestNeo4j.clear();
	}

	@Test
	void aFolderIsIngestedThroughTheRunningServiceWithItsToken(@TempDir Path folder) throws Exception {
		Files.copy(Path.of("src/test/resources/fixtures/documents/prov-10-can-tho-kh-ubnd-trat-tu-via-he-2026.txt"),
				folder.resolve("ke-hoach-38.txt"));
		Files.write(folder.resolve("anh-chup.pdf"), new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0,
				0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 });
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Cli.Console console = new Cli.Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		int exit = IngestVerbs.ingest(Application.class, List.of(folder.toString()), console,
				"http://127.0.0.1:" + this.port, ApiClient.TOKEN);

		String said = out.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(said).isEqualTo(Cli.OK);
		assertThat(said).contains("2 files: 1 ingested, 0 unchanged, 1 skipped", "skipped anh-chup.pdf", "ảnh");
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("through the service at");
		long tasks = this.driver.executableQuery("MATCH (:Document {id: $d})-[:HAS_TASK]->(t) RETURN count(t) AS n")
			.withParameters(Map.of("d", "can-tho.plan.38-kh-ubnd.2026"))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		assertThat(tasks).isEqualTo(19);

		// Again: unchanged. With a wrong token: every file a failed write, exit 1.
		out.reset();
		assertThat(IngestVerbs.ingest(Application.class, List.of(folder.resolve("ke-hoach-38.txt").toString()), console,
				"http://127.0.0.1:" + this.port, ApiClient.TOKEN))
			.isEqualTo(Cli.OK);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 unchanged");
		out.reset();
		assertThat(IngestVerbs.ingest(Application.class, List.of(folder.resolve("ke-hoach-38.txt").toString()), console,
				"http://127.0.0.1:" + this.port, "wrong"))
			.isEqualTo(Cli.FAILURE);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("failed: HTTP 401");
	}

	@Test
	void aLockedDatabaseWithNoServiceAnsweringIsSaidAtOnce(@TempDir Path data) throws Exception {
		Path lock = Files.createDirectories(data.resolve("databases")).resolve("store_lock");
		Files.createFile(lock);
		assertThat(ServiceIngest.locked(data)).isFalse();
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock held = channel.lock()) {
			assertThat(ServiceIngest.locked(data)).isTrue();
			assertThatThrownBy(() -> ServiceIngest
				.find(List.of("--app.neo4j.embedded.data-dir=" + data, "--server.port=1"), null, null))
				.isInstanceOf(UsageException.class)
				.hasMessageContaining("in use by another process")
				.hasMessageContaining("--server");
		}
		assertThat(ServiceIngest.find(List.of("--app.neo4j.embedded.data-dir=" + data), null, null)).isNull();
	}

}
