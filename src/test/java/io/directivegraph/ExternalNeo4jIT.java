package io.directivegraph;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.directivegraph.neo4j.EmbeddedNeo4j;
import io.directivegraph.neo4j.SchemaMigrations;
import io.directivegraph.neo4j.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.neo4j.uri} set, the service uses that database and starts nothing
 * embedded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ExternalNeo4jIT {

	@DynamicPropertySource
	static void external(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", () -> TestNeo4j.boltUri().toString());
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	SchemaMigrations schema;

	@Test
	void usesTheExternalDatabaseAndStartsNoEmbeddedOne() {
		assertThat(this.context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
		assertThat(this.schema.appliedVersion())
			.isEqualTo(io.directivegraph.neo4j.SchemaMigrationsAccess.scriptCount());
	}

}
