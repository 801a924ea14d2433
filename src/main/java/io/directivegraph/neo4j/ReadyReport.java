package io.directivegraph.neo4j;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Tells the user, once everything is up, where the REST API, Bolt and Neo4j Browser are,
 * and how to log in.
 */
@Component
class ReadyReport implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(ReadyReport.class);

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final Neo4jConnectionDetails connection;

	ReadyReport(ObjectProvider<EmbeddedNeo4j> embedded, Neo4jConnectionDetails connection) {
		this.embedded = embedded;
		this.connection = connection;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			String base = "http://"
					+ event.getApplicationContext().getEnvironment().getProperty("server.address", "127.0.0.1") + ":"
					+ web.getWebServer().getPort();
			log.info("REST API:      {}/api  (health: {}/actuator/health)", base, base);
		}
		EmbeddedNeo4j neo4j = this.embedded.getIfAvailable();
		if (neo4j != null && neo4j.browserUri() != null) {
			log.info("Neo4j Browser: {}  connect to {} as {}; password in {} (owner-only)", neo4j.browserUri(),
					neo4j.boltUri(), neo4j.username(), neo4j.credentialsFile());
		}
		else if (neo4j != null) {
			log.info("Neo4j:         embedded, store in {}, Bolt at {} (no Browser: app.neo4j.embedded.http-enabled "
					+ "is false)", neo4j.dataDir(), neo4j.boltUri());
		}
		else {
			log.info("Neo4j:         external database at {}", this.connection.getUri());
		}
	}

}
