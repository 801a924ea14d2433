package io.directivegraph.neo4j;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The schema contract on a real Neo4j server in Docker; skipped where no Docker engine
 * runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class SchemaMigrationsContainerIT extends SchemaContract {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08.1").withoutAuthentication();

	private static Driver driver;

	@BeforeAll
	static void connect() {
		driver = GraphDatabase.driver(neo4j.getBoltUrl(), AuthTokens.none());
	}

	@AfterAll
	static void disconnect() {
		driver.close();
	}

	@Override
	Driver driver() {
		return driver;
	}

}
