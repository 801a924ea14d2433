package io.directivegraph.neo4j;

import java.net.URI;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The in-process Neo4j shared by every {@code *IT} of a test JVM: started once (it takes
 * seconds), closed when the JVM exits. Tests keep to their own data (own ids, or
 * {@link #clear()}).
 */
public final class TestNeo4j {

	private static Neo4j server;

	private static Driver driver;

	private TestNeo4j() {
	}

	public static synchronized URI boltUri() {
		if (server == null) {
			server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
			driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				driver.close();
				server.close();
			}));
		}
		return server.boltURI();
	}

	public static Driver driver() {
		boltUri();
		return driver;
	}

	/** Removes every node but the schema bookkeeping. */
	public static void clear() {
		driver().executableQuery("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n").execute();
	}

}
