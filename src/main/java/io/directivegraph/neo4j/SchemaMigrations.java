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
 * after it was applied stops the start: schema changes go into a new version. Several
 * instances starting on one external database migrate one at a time: each holds a lease
 * ({@code (:SchemaMigrationLock)}, taken in one transaction, renewed per script, given
 * back at the end) and the others wait for it; the lease of an instance that died runs
 * out after {@link #LEASE}.
 *
 * <p>
 * Why not neo4j-migrations: its newest release (2.19.2) is built against driver 5.28,
 * Spring Boot 4.1 pins driver 6.2, and its parent POM is not served by the registry this
 * project builds from; this class does the part the project needs (ordered versioned
 * scripts, checksums, a lock) in some 200 lines that the tests cover.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private static final String LOCATION = "classpath*:cypher/schema/V*.cypher";

	/** How long a lease holds without renewal: far longer than any script here runs. */
	static final java.time.Duration LEASE = java.time.Duration.ofMinutes(2);

	private final Driver driver;

	private final java.time.Duration lease;

	private final java.time.Duration wait;

	private final String holder = java.util.UUID.randomUUID().toString();

	private volatile int appliedVersion;

	@org.springframework.beans.factory.annotation.Autowired
	public SchemaMigrations(Driver driver) {
		this(driver, LEASE, LEASE.multipliedBy(2));
	}

	/**
	 * @param lease how long a lease holds without renewal
	 * @param wait how long to wait for another instance's lease before giving up
	 */
	SchemaMigrations(Driver driver, java.time.Duration lease, java.time.Duration wait) {
		this.driver = driver;
		this.lease = lease;
		this.wait = wait;
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
		// The usual start: every script applied, unchanged. Nothing to lock for (and each
		// first statement costs a cold database about a second to plan).
		Map<Integer, String> applied = applied();
		if (scripts.stream().allMatch((s) -> s.checksum().equals(applied.get(s.version())))) {
			this.appliedVersion = scripts.stream().mapToInt(Script::version).max().orElse(0);
			return;
		}
		lock();
		try {
			migrate(scripts);
		}
		finally {
			unlock();
		}
		this.appliedVersion = scripts.stream().mapToInt(Script::version).max().orElse(0);
	}

	private void migrate(List<Script> scripts) {
		// Read under the lease: what another instance applied meanwhile is seen.
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
			renew();
		}
	}

	/**
	 * Takes the lease, waiting while another live instance holds it. The lock node is
	 * made unique first, so two first starts cannot both create one.
	 */
	private void lock() {
		for (int attempt = 0;; attempt++) {
			try {
				this.driver
					.executableQuery("CREATE CONSTRAINT schema_migration_lock IF NOT EXISTS "
							+ "FOR (l:SchemaMigrationLock) REQUIRE l.id IS UNIQUE")
					.execute();
				break;
			}
			catch (org.neo4j.driver.exceptions.Neo4jException ex) {
				// Two instances creating the constraint at once: one may lose the race.
				if (!racing(ex) || attempt >= GraphTransactions.ATTEMPTS) {
					throw ex;
				}
				Backoff.pause(attempt, ex);
			}
		}
		long deadline = System.nanoTime() + this.wait.toNanos();
		for (int attempt = 0;; attempt++) {
			String current = take();
			if (this.holder.equals(current)) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Another instance (" + current + ") has been applying the schema "
						+ "scripts for longer than " + this.wait.toSeconds() + " s; if it died, its lease runs out "
						+ LEASE.toMinutes() + " min after it was last renewed: start again then");
			}
			log.info("Waiting for another instance to apply the schema scripts");
			Backoff.pause(Math.min(attempt, 6), new IllegalStateException("interrupted waiting for the schema lock"));
		}
	}

	/** Takes the lease if it is free, expired or ours; returns who holds it now. */
	private String take() {
		for (int attempt = 0;; attempt++) {
			try {
				return this.driver.executableQuery("""
						MERGE (l:SchemaMigrationLock {id: 'schema'})
						// The node's write lock first, then its holder read: two instances
						// must not both read it free.
						SET l.taking = true
						WITH l
						WITH l, l.holder IS NULL OR l.until < datetime() OR l.holder = $holder AS free
						SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
						    l.until = CASE WHEN free THEN datetime() + duration({milliseconds: $lease}) ELSE l.until END
						REMOVE l.taking
						RETURN l.holder AS holder""")
					.withParameters(Map.of("holder", this.holder, "lease", this.lease.toMillis()))
					.execute()
					.records()
					.get(0)
					.get("holder")
					.asString();
			}
			catch (org.neo4j.driver.exceptions.Neo4jException ex) {
				// Two first MERGEs at once: one fails on the constraint; read again.
				if (!racing(ex) || attempt >= GraphTransactions.ATTEMPTS) {
					throw ex;
				}
				Backoff.pause(attempt, ex);
			}
		}
	}

	/**
	 * A failure two instances meeting on the schema or the lock can cause: worth another
	 * attempt (credentials or a closed port are not).
	 */
	private static boolean racing(org.neo4j.driver.exceptions.Neo4jException ex) {
		return ex instanceof org.neo4j.driver.exceptions.TransientException
				|| String.valueOf(ex.code()).startsWith("Neo.ClientError.Schema.");
	}

	private void renew() {
		this.driver
			.executableQuery("MATCH (l:SchemaMigrationLock {id: 'schema', holder: $holder}) "
					+ "SET l.until = datetime() + duration({milliseconds: $lease})")
			.withParameters(Map.of("holder", this.holder, "lease", this.lease.toMillis()))
			.execute();
	}

	private void unlock() {
		try {
			this.driver
				.executableQuery(
						"MATCH (l:SchemaMigrationLock {id: 'schema', holder: $holder}) " + "REMOVE l.holder, l.until")
				.withParameters(Map.of("holder", this.holder))
				.execute();
		}
		catch (RuntimeException ex) {
			// The lease runs out by itself; the failure that brought us here matters
			// more.
			log.warn("Could not give back the schema lock: {}", ex.getMessage());
		}
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
