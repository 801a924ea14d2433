package io.directivegraph;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import io.directivegraph.cli.Cli;

/**
 * Entry point of directive-graph. With no verb (or {@code serve}) it starts the REST API
 * on an embedded Neo4j (or the external one named by {@code spring.neo4j.uri}); the other
 * verbs are listed by {@code --help}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

	public static void main(String[] args) {
		UnpackedJars.cleanUp();
		int exit = new Cli(Application.class, System.out, System.err).run(args);
		if (exit != Cli.KEEP_RUNNING) {
			System.exit(exit);
		}
	}

}
