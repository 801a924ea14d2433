package io.directivegraph.neo4j;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j unless {@code spring.neo4j.uri} names an external one. The
 * driver Spring Boot creates connects through {@link Neo4jConnectionDetails}, which
 * depends on the running DBMS: the driver can only exist after the database does, and is
 * closed before it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.neo4j", name = "uri", havingValue = "embedded", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jStarter starter) {
		return starter.await();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return neo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic(neo4j.username(), neo4j.password());
			}

		};
	}

}
