package io.directivegraph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.directivegraph.fault.FaultPoints;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service killed as {@code kill -9} would at chosen points (fault points: the first
 * start before the database took its password, an upload between its copy and its commit
 * and just after the commit, a recorded change before its commit) and stopped by SIGTERM
 * with an upload in flight, each followed by a restart on the same data folder: it always
 * starts, nothing half-written is left, nothing acknowledged is lost.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class FaultInjectionIT {

	private static final String TOKEN = "fault-test-token";

	@TempDir
	Path dir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private Path data() {
		return this.dir.resolve("data");
	}

	private Path uploads() {
		return this.dir.resolve("uploads");
	}

	private List<String> command(String faultPoint, String... arguments) {
		String java = ProcessHandle.current().info().command().orElse("java");
		// C1 only: these processes live for seconds, and start faster without C2.
		List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1"));
		if (faultPoint != null) {
			command.add("-D" + FaultPoints.PROPERTY + "=" + faultPoint);
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), Application.class.getName()));
		command.addAll(List.of(arguments));
		command.addAll(List.of("--app.neo4j.embedded.data-dir=" + data(), "--app.neo4j.embedded.bolt-port=0",
				"--app.neo4j.embedded.http-port=0", "--app.neo4j.embedded.page-cache=32MB",
				"--app.import.on-start=false", "--app.upload.dir=" + uploads(), "--app.api.token=" + TOKEN,
				"--app.api.credentials-file=" + this.dir.resolve("api-credentials.properties")));
		return command;
	}

	private Process run(String log, List<String> command) throws IOException {
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dir.resolve(log).toFile())
			.start();
	}

	/** A service on a free port, waited for until it answers its health check. */
	private Service serve(String name, String faultPoint) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = socket.getLocalPort();
		}
		Process process = run(name + ".log", command(faultPoint, "--server.port=" + port));
		Service service = new Service(process, port, this.dir.resolve(name + ".log"));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		long started = System.nanoTime();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("%s exited: %s", name, service.log()).isTrue();
			try {
				if (get(service, "/actuator/health").statusCode() == 200) {
					System.out.printf("%s answered after %d ms%n", name,
							TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
					return service;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new AssertionError(name + " did not start: " + service.log());
	}

	private record Service(Process process, int port, Path logFile) {

		String log() {
			try {
				List<String> lines = Files.readAllLines(this.logFile);
				return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
			}
			catch (IOException ex) {
				return "(no log)";
			}
		}

		/** Waits for the process to halt at its fault point. */
		void halted() throws InterruptedException {
			assertThat(this.process.waitFor(60, TimeUnit.SECONDS)).as(log()).isTrue();
			assertThat(this.process.exitValue()).as(log()).isEqualTo(FaultPoints.STATUS);
		}

	}

	private HttpResponse<String> get(Service service, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> upload(Service service, String name, String text)
			throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/api/documents?name=" + name))
					.header("Authorization", "Bearer " + TOKEN)
					.header("Content-Type", "text/plain")
					.POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
					.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A request to a process that halts while answering it: the connection drops. */
	private void uploadIntoAHalt(Service service, String name, String text) throws Exception {
		try {
			HttpResponse<String> response = upload(service, name, text);
			throw new AssertionError("answered " + response.statusCode() + " before halting: " + response.body());
		}
		catch (IOException expected) {
			// The process halted before answering.
		}
		service.halted();
	}

	private static String plan(int number, int tasks) {
		StringBuilder text = new StringBuilder("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\nSố: " + number
				+ "/KH-UBND\nKẾ HOẠCH\nThực hiện chuyển đổi số\n\nII. NHIỆM VỤ\n\n");
		for (int t = 1; t <= tasks; t++) {
			text.append(t)
				.append(". Sở Nội vụ chủ trì rà soát nhiệm vụ số ")
				.append(t)
				.append(", hoàn thành trong quý ")
				.append((t % 4) + 1)
				.append(" năm 2026.\n\n");
		}
		return text.toString();
	}

	private List<Path> leftovers() throws IOException {
		if (!Files.isDirectory(uploads())) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(uploads())) {
			return files.filter((f) -> f.getFileName().toString().startsWith(".")).toList();
		}
	}

	@Test
	void killedAtEveryStepTheServiceStartsAgainWithNothingHalfWrittenOrLost() throws Exception {
		// 1. The very first start, killed after its credentials file and before the
		// database took the password: this used to brick the data folder.
		Process first = run("first.log", command(FaultPoints.CREDENTIALS_WRITTEN, "ingest",
				Files.createDirectories(this.dir.resolve("empty")).toString()));
		assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(first.exitValue()).as(Files.readString(this.dir.resolve("first.log"))).isEqualTo(FaultPoints.STATUS);
		assertThat(data().resolve("neo4j-credentials.properties")).exists();

		// 2. It starts; an upload is killed after its copy, before its commit.
		Service second = serve("second", FaultPoints.UPLOAD_COPY_KEPT);
		uploadIntoAHalt(second, "a.txt", plan(101, 3));

		// 3. The upload never committed: neither in the graph nor a copy left behind.
		// Another upload is killed just after its commit.
		Service third = serve("third", FaultPoints.UPLOAD_COMMITTED);
		assertThat(leftovers()).isEmpty();
		assertThat(uploads().resolve("a.txt")).doesNotExist();
		assertThat(this.json.readTree(get(third, "/api/documents?number=101%2FKH-UBND").body()).get("total").asLong())
			.isZero();
		uploadIntoAHalt(third, "b.txt", plan(102, 4));

		// 4. The committed upload is whole: its copy recovered, its lines shown. A
		// change to one of its tasks is killed before its commit.
		Service fourth = serve("fourth", FaultPoints.UPDATE_BEFORE_COMMIT);
		assertThat(leftovers()).isEmpty();
		assertThat(Files.readString(uploads().resolve("b.txt"))).isEqualTo(plan(102, 4));
		assertThat(get(fourth, "/explore/api/sources/b.txt?line=7").statusCode()).isEqualTo(200);
		JsonNode documents = this.json.readTree(get(fourth, "/api/documents?number=102%2FKH-UBND").body());
		assertThat(documents.get("total").asLong()).isEqualTo(1);
		String document = documents.get("items").get(0).get("id").asString();
		JsonNode tasks = this.json.readTree(get(fourth, "/api/tasks?document=" + document).body()).get("items");
		assertThat(tasks.size()).isEqualTo(4);
		String task = tasks.get(0).get("id").asString();
		try {
			this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fourth.port() + "/api/tasks/" + task))
					.header("Authorization", "Bearer " + TOKEN)
					.header("Content-Type", "application/json")
					.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\": \"DONE\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException expected) {
			// Halted before answering.
		}
		fourth.halted();

		// 5. The change never committed: no trace of it. SIGTERM with an upload in
		// flight.
		Service fifth = serve("fifth", null);
		JsonNode unchanged = this.json.readTree(get(fifth, "/api/tasks/" + task).body());
		assertThat(unchanged.get("history").size()).isZero();
		Thread uploading = Thread.ofVirtual().start(() -> {
			try {
				upload(fifth, "c.txt", plan(103, 40));
			}
			catch (IOException | InterruptedException ex) {
				// Cut by the stop: either stored whole or not at all.
			}
		});
		Thread.sleep(150);
		fifth.process().destroy();
		assertThat(fifth.process().waitFor(60, TimeUnit.SECONDS)).as(fifth.log()).isTrue();
		uploading.join(10_000);

		// 6. It starts again; the interrupted upload is wholly there or wholly absent,
		// and the first one can now be made.
		Service sixth = serve("sixth", null);
		try {
			assertThat(leftovers()).isEmpty();
			long c = this.json.readTree(get(sixth, "/api/documents?number=103%2FKH-UBND").body()).get("total").asLong();
			if (c == 1) {
				assertThat(Files.readString(uploads().resolve("c.txt"))).isEqualTo(plan(103, 40));
			}
			else {
				assertThat(c).isZero();
			}
			assertThat(upload(sixth, "a.txt", plan(101, 3)).statusCode()).isEqualTo(201);
			assertThat(get(sixth, "/explore/api/sources/a.txt?line=7").statusCode()).isEqualTo(200);
		}
		finally {
			sixth.process().destroy();
			sixth.process().waitFor(60, TimeUnit.SECONDS);
		}
	}

}
