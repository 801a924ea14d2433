package io.directivegraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;

import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.support.ResourcePropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.directivegraph.cli.UsageException;

/**
 * {@code ingest} into a running service: each file sent to its
 * {@code POST /api/documents} with its bearer token, instead of opening the database the
 * service holds. Chosen with {@code --server URL}, or by itself when the embedded
 * database folder is locked and a service answers at the configured address (the common
 * case: the service runs, and someone ingests a folder on the same machine).
 */
final class ServiceIngest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Where to send files, with what token, and why this way (said to the user). */
	record Target(URI base, String token, String why) {
	}

	private ServiceIngest() {
	}

	/**
	 * The service to ingest through: the one named, else the one holding the embedded
	 * database when it answers; null to open the database here.
	 * @param properties the {@code --key=value} arguments (as the service would read
	 * them)
	 * @param server {@code --server}, or null
	 * @param token {@code --token}, or null
	 * @throws UsageException when the database is locked and no service answers, or no
	 * token is to be found
	 */
	static Target find(List<String> properties, String server, String token) {
		StandardEnvironment env = environment(properties);
		if (server != null) {
			URI base = URI.create(server.replaceAll("/+$", ""));
			return new Target(base, token(env, token, base), "through the service at " + base + " (--server)");
		}
		if (env.getProperty("spring.neo4j.uri") != null) {
			// An external database takes several writers: open it here.
			return null;
		}
		Path data = Path.of(env.getProperty("app.neo4j.embedded.data-dir", "data"));
		if (!locked(data)) {
			return null;
		}
		URI base = URI.create("http://" + env.getProperty("server.address", "127.0.0.1") + ":"
				+ env.getProperty("server.port", "8080"));
		if (!answers(base)) {
			throw new UsageException("the database in " + data.toAbsolutePath() + " is in use by another process, "
					+ "and no directive-graph service answers at " + base + ": stop that process, or name the "
					+ "service with --server URL (and --token)");
		}
		return new Target(base, token(env, token, base),
				"the database in " + data + " is held by the service at " + base + ": ingesting through its API");
	}

	/**
	 * Sends each file; an answer the service refuses (not a document, too large) is a
	 * skipped file with the service's reason, a service that cannot be reached a failed
	 * write.
	 */
	static List<IngestResult> ingest(Target target, List<Path> files, BiConsumer<Integer, IngestResult> progress) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		List<IngestResult> results = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			IngestResult result;
			try {
				HttpRequest request = HttpRequest
					.newBuilder(target.base()
						.resolve("/api/documents?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
					.header("Authorization", "Bearer " + target.token())
					.header("Content-Type", "application/octet-stream")
					.header("Accept", "application/json")
					// A scan of many pages is recognised page by page on the service.
					.timeout(Duration.ofMinutes(30))
					.POST(HttpRequest.BodyPublishers.ofFile(file))
					.build();
				HttpResponse<String> response = http.send(request,
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				result = result(name, response);
			}
			catch (ConnectException ex) {
				result = new IngestResult(name, IngestResult.Status.SKIPPED, 0, 0, 0, 0,
						"failed: the service at " + target.base() + " cannot be reached");
			}
			catch (IOException ex) {
				result = new IngestResult(name, IngestResult.Status.SKIPPED, 0, 0, 0, 0, "failed: " + ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			results.add(result);
			progress.accept(results.size(), result);
		}
		return results;
	}

	private static IngestResult result(String name, HttpResponse<String> response) {
		JsonNode body;
		try {
			body = JSON.readTree(response.body());
		}
		catch (RuntimeException ex) {
			body = null;
		}
		int status = response.statusCode();
		if (status == 200 || status == 201) {
			IngestResult.Status outcome = (body != null && "UNCHANGED".equals(body.path("status").asString(null)))
					? IngestResult.Status.UNCHANGED : IngestResult.Status.INGESTED;
			return new IngestResult((body != null) ? body.path("file").asString(name) : name, outcome,
					(body != null) ? body.path("documents").size() : 0, (body != null) ? body.path("tasks").asInt() : 0,
					(body != null) ? body.path("citations").asInt() : 0,
					(body != null) ? body.path("unresolved").asInt() : 0, null);
		}
		String detail = (body != null) ? body.path("detail").asString("HTTP " + status) : "HTTP " + status;
		// Refused for what the file is (413, 415, 422): skipped for cause; anything else
		// (credentials, the database) is a write that failed.
		boolean forCause = status == 413 || status == 415 || status == 422 || status == 400;
		return new IngestResult(name, IngestResult.Status.SKIPPED, 0, 0, 0, 0,
				(forCause ? "" : "failed: ") + "HTTP " + status + ": " + detail);
	}

	/**
	 * The token: {@code --token}, else {@code DIRECTIVE_GRAPH_TOKEN}, else
	 * {@code app.api.token}, else the service's credentials file when it is readable here
	 * (the same machine and user).
	 */
	private static String token(StandardEnvironment env, String given, URI base) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		String fromEnv = System.getenv("DIRECTIVE_GRAPH_TOKEN");
		if (fromEnv != null && !fromEnv.isBlank()) {
			return fromEnv.strip();
		}
		String configured = env.getProperty("app.api.token");
		if (configured != null && !configured.isBlank()) {
			return configured.strip();
		}
		Path file = Path.of(env.getProperty("app.api.credentials-file", "data/api-credentials.properties"));
		if (Files.isReadable(file)) {
			Properties stored = new Properties();
			try (InputStream in = Files.newInputStream(file)) {
				stored.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			String token = stored.getProperty("token", "");
			if (!token.isBlank()) {
				return token.strip();
			}
		}
		throw new UsageException("writing to the service at " + base + " needs its token: --token TOKEN, or "
				+ "DIRECTIVE_GRAPH_TOKEN (it is the token= line of the service's " + file + ")");
	}

	/**
	 * Whether another process holds the embedded database (Neo4j locks
	 * {@code databases/store_lock} while it runs).
	 */
	static boolean locked(Path data) {
		Path lock = data.resolve("databases").resolve("store_lock");
		if (!Files.isRegularFile(lock)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
			FileLock held = channel.tryLock();
			if (held == null) {
				return true;
			}
			held.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
		catch (IOException ex) {
			// Not ours to open (another user's database): let the start say why.
			return false;
		}
	}

	private static boolean answers(URI base) {
		try {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			HttpResponse<Void> response = http.send(
					HttpRequest.newBuilder(base.resolve("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() < 500 || response.statusCode() == 503;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The configuration as the service reads it: arguments, ./config, ./, the jar's. */
	private static StandardEnvironment environment(List<String> properties) {
		StandardEnvironment env = new StandardEnvironment();
		var sources = env.getPropertySources();
		sources.addFirst(new SimpleCommandLinePropertySource(properties.toArray(String[]::new)));
		try {
			for (String local : List.of("config/application.properties", "application.properties")) {
				if (Files.isRegularFile(Path.of(local))) {
					sources.addLast(new ResourcePropertySource(new FileSystemResource(local)));
				}
			}
			sources.addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return env;
	}

}
