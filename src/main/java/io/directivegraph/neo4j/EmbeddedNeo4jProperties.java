package io.directivegraph.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded Neo4j, used only when {@code spring.neo4j.uri} is not set.
 *
 * @param dataDir where the database, its logs and the generated credentials live
 * @param boltPort Bolt connector port ({@code 0} picks a free one)
 * @param httpPort HTTP connector port serving Neo4j Browser at {@code /browser/}
 * ({@code 0} picks a free one)
 * @param listenAddress interface both connectors bind to; loopback unless you know why
 * not
 * @param pageCache page cache size: the store is read through it
 * @param importDir the folder {@code LOAD CSV} reads {@code file:///} URLs from
 * @param httpEnabled false to start without the HTTP connector and Neo4j Browser (the
 * command-line verbs: a faster start, no port taken)
 */
@ConfigurationProperties("app.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("data") Path dataDir, @DefaultValue("7687") int boltPort,
		@DefaultValue("7474") int httpPort, @DefaultValue("127.0.0.1") String listenAddress,
		@DefaultValue("256MB") DataSize pageCache, @DefaultValue("import") Path importDir,
		@DefaultValue("true") boolean httpEnabled) {

	static final String PREFIX = "app.neo4j.embedded";

}
