package io.directivegraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema scripts {@code cypher/schema/V<n>__<description>.cypher}
 * in order, each once, and records them as {@code (:SchemaMigration {version,
 * description, checksum, appliedOn})}. Runs while the context starts, so nothing reads or
 * writes the graph before its constraints exist, and health is only UP afterwards.
 *
 * <p>
 * The scripts themselves are idempotent ({@code IF NOT EXISTS}), so a crash between a
 * statement and its record is repaired by the next start. A script whose content changed
 * after it was applied stops the start: schema changes go into a new version.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private static final String LOCATION = "classpath*:cypher/schema/V*.cypher";

	private final Driver driver;

	private volatile int appliedVersion;

	public SchemaMigrations(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void afterPropertiesSet() {
		try {
			migrate();
		}
		catch (ServiceUnavailableException ex) {
			throw new Neo4jStartupException("Neo4j does not answer: " + firstLine(ex.getMessage()), "spring.neo4j.uri",
					ex);
		}
		catch (AuthenticationException ex) {
			throw new Neo4jStartupException("Neo4j refused the credentials: " + firstLine(ex.getMessage())
					+ ". For the embedded database, delete neo4j-credentials.properties in the data folder and start"
					+ " again: a new password is generated and set",
					"spring.neo4j.authentication.username / spring.neo4j.authentication.password (external Neo4j)", ex);
		}
	}

	void migrate() {
		List<Script> scripts = scripts();
		Map<Integer, String> applied = applied();
		for (Script script : scripts) {
			String checksum = applied.get(script.version());
			if (checksum != null) {
				if (!checksum.equals(script.checksum())) {
					throw new IllegalStateException("Schema script " + script.name()
							+ " changed after it was applied; put schema changes in a new version");
				}
				continue;
			}
			long started = System.nanoTime();
			for (String statement : script.statements()) {
				this.driver.executableQuery(statement).execute();
			}
			this.driver.executableQuery("""
					MERGE (m:SchemaMigration {version: $version})
					SET m.description = $description, m.checksum = $checksum, m.appliedOn = datetime()""")
				.withParameters(Map.of("version", script.version(), "description", script.description(), "checksum",
						script.checksum()))
				.execute();
			log.info("Applied schema {} in {} ms", script.name(), (System.nanoTime() - started) / 1_000_000);
		}
		this.appliedVersion = scripts.stream().mapToInt(Script::version).max().orElse(0);
	}

	/** Highest schema version the database has, {@code 0} before start-up finished. */
	public int appliedVersion() {
		return this.appliedVersion;
	}

	private Map<Integer, String> applied() {
		List<Record> records = this.driver
			.executableQuery("MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum")
			.execute()
			.records();
		return records.stream()
			.collect(java.util.stream.Collectors.toMap((r) -> r.get("version").asInt(),
					(r) -> r.get("checksum").asString()));
	}

	static List<Script> scripts() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			// The same script can be on the class path twice (classes folder and jar);
			// two different ones with one
			// version cannot.
			java.util.Map<Integer, Script> byVersion = new java.util.TreeMap<>();
			for (Resource resource : resources) {
				Optional<Script> script = Script.of(resource);
				if (script.isEmpty()) {
					continue;
				}
				Script other = byVersion.putIfAbsent(script.get().version(), script.get());
				if (other != null && !other.checksum().equals(script.get().checksum())) {
					throw new IllegalStateException("Two different schema scripts have version " + other.version()
							+ ": " + other.name() + " and " + script.get().name());
				}
			}
			return new ArrayList<>(byVersion.values());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + LOCATION, ex);
		}
	}

	private static String firstLine(String message) {
		return (message != null) ? message.lines().findFirst().orElse("") : "";
	}

	record Script(String name, int version, String description, String checksum, List<String> statements) {

		static Optional<Script> of(Resource resource) throws IOException {
			Matcher matcher = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
			if (!matcher.matches()) {
				return Optional.empty();
			}
			String text;
			try (InputStream in = resource.getInputStream()) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			return Optional.of(new Script(resource.getFilename(), Integer.parseInt(matcher.group(1)),
					matcher.group(2).replace('_', ' '), sha256(text), statements(text)));
		}

		/**
		 * Statements end with a semicolon at the end of a line; lines starting with
		 * {@code //} are comments.
		 */
		static List<String> statements(String text) {
			String code = text.lines()
				.filter((line) -> !line.strip().startsWith("//"))
				.reduce("", (a, b) -> a + b + "\n");
			return Arrays.stream(code.split(";\\s*(\\n|$)")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}

		private static String sha256(String text) {
			return io.directivegraph.extract.text.Sha256.hex(text);
		}

	}

}
