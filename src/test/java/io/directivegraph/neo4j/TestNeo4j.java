package io.directivegraph.neo4j;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import io.directivegraph.agency.Successions;
import io.directivegraph.ingest.FolderIngest;

/**
 * The in-process Neo4j shared by every {@code *IT} of a test JVM: started once (it takes
 * seconds), closed when the JVM exits. Tests keep to their own data (own ids, or
 * {@link #clear()}).
 */
public final class TestNeo4j {

	/** The folder {@code LOAD CSV} reads {@code file:///} URLs from. */
	public static final java.nio.file.Path IMPORT = java.nio.file.Path.of("target/neo4j-import");

	private static Neo4j server;

	private static Driver driver;

	private TestNeo4j() {
	}

	public static synchronized URI boltUri() {
		if (server == null) {
			try {
				java.nio.file.Files.createDirectories(IMPORT);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			server = Neo4jBuilders.newInProcessBuilder()
				.withDisabledServer()
				.withConfig(org.neo4j.configuration.GraphDatabaseSettings.load_csv_file_url_root,
						IMPORT.toAbsolutePath())
				.build();
			driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				driver.close();
				server.close();
			}));
		}
		return server.boltURI();
	}

	/** The database itself, for in-process access (as the embedded database's). */
	public static org.neo4j.graphdb.GraphDatabaseService database() {
		boltUri();
		return server.defaultDatabaseService();
	}

	public static Driver driver() {
		boltUri();
		return driver;
	}

	/** The test class the seeds were last loaded for, null once the graph is cleared. */
	private static Class<?> seededFor;

	/**
	 * The seeds for a test class whose tests share them: loaded when the class asks first
	 * (other classes clear or change the graph in between), kept for its other tests.
	 */
	public static synchronized void seedsFor(Class<?> testClass, FolderIngest ingest, Successions successions)
			throws IOException {
		if (seededFor != testClass) {
			loadSeeds(ingest, successions);
			seededFor = testClass;
		}
	}

	/** Removes every node but the schema bookkeeping. */
	public static void clear() {
		synchronized (TestNeo4j.class) {
			seededFor = null;
		}
		driver().executableQuery("MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock DETACH DELETE n")
			.execute();
	}

	/**
	 * An empty graph, then the agency successions and the five seeds of
	 * {@code import/documents}, as the service loads them on first start.
	 */
	public static void loadSeeds(FolderIngest ingest, Successions successions) throws IOException {
		clear();
		successions.load();
		ingest.ingest(FolderIngest.files(List.of(Path.of("import/documents"))), (n, r) -> {
		});
	}

}
