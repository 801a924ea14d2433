package io.directivegraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.util.unit.DataSize;

import io.directivegraph.extract.Extractor;
import io.directivegraph.neo4j.EmbeddedNeo4j;
import io.directivegraph.neo4j.EmbeddedNeo4jProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of an ingest, then a restart: the store opens, and every
 * file is either wholly in the graph (all its tasks) or not at all.
 */
class IngestCrashIT {

	@TempDir
	Path dir;

	@Test
	void aKilledIngestLeavesEveryFileWhollyInOrWhollyOut() throws Exception {
		Path inbox = Files.createDirectories(this.dir.resolve("inbox"));
		String seed = Files.readString(Path.of("import/documents/001_8cb44f0713b8000c.txt"));
		int expectedTasks = Extractor.defaults()
			.extract("x.txt", seed.getBytes(StandardCharsets.UTF_8))
			.documents()
			.get(0)
			.tasks()
			.size();
		for (int i = 0; i < 200; i++) {
			// Each copy its own document: a different number in the header.
			Files.writeString(inbox.resolve(String.format("copy-%03d.txt", i)),
					seed.replaceFirst("50-CTr/TU", (1000 + i) + "-CTr/TU"));
		}
		Path data = this.dir.resolve("data");
		String java = ProcessHandle.current().info().command().orElse("java");
		// C1 only and a small page cache: the process lives for seconds (as in
		// FaultInjectionIT).
		List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), "io.directivegraph.Application", "ingest", inbox.toString(),
				"--app.neo4j.embedded.data-dir=" + data, "--app.neo4j.embedded.bolt-port=0",
				"--app.neo4j.embedded.http-port=0", "--app.neo4j.embedded.page-cache=32MB"));
		Process ingest = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("ingest.log").toFile())
			.start();
		// Let it start and load some files, then kill it without warning.
		waitForSomeIngested(this.dir.resolve("ingest.log"), ingest);
		ingest.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		String log = Files.readString(this.dir.resolve("ingest.log"));

		try (EmbeddedNeo4j neo4j = new EmbeddedNeo4j(new EmbeddedNeo4jProperties(data, 0, 0, "127.0.0.1",
				DataSize.ofMegabytes(32), Path.of("import"), true));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", password(data)))) {
			List<Map<String, Object>> perSource = driver.executableQuery("""
					MATCH (s:Source)
					OPTIONAL MATCH (t:Task {source: s.file})
					RETURN s.file AS file, count(t) AS tasks""")
				.execute()
				.records()
				.stream()
				.map((r) -> r.asMap())
				.toList();
			System.out.printf("killed ingest: %d of 200 files in the graph%n", perSource.size());
			assertThat(perSource.size())
				.as("killed after some files and before the last; its log:%n%s",
						log.substring(Math.max(0, log.length() - 3000)))
				.isBetween(5, 199);
			assertThat(perSource).allSatisfy((row) -> assertThat(row.get("tasks")).isEqualTo((long) expectedTasks));
		}
	}

	/** Waits until the ingest reports a few files loaded (or has ended by itself). */
	private static void waitForSomeIngested(Path log, Process ingest) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline && ingest.isAlive()) {
			if (Files.exists(log) && Files.readString(log).contains("[5/200]")) {
				return;
			}
			Thread.sleep(100);
		}
	}

	private static String password(Path data) throws IOException {
		java.util.Properties properties = new java.util.Properties();
		try (var reader = Files.newBufferedReader(data.resolve("neo4j-credentials.properties"))) {
			properties.load(reader);
		}
		return properties.getProperty("password");
	}

}
