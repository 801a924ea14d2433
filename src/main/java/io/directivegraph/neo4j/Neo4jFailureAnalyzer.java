package io.directivegraph.neo4j;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a Neo4j start-up problem into Spring Boot's short failure report: what is wrong
 * and which key to change, instead of a page of stack trace.
 */
class Neo4jFailureAnalyzer extends AbstractFailureAnalyzer<Neo4jStartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, Neo4jStartupException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Change " + cause.key()
						+ " (a Spring property: --key=value, application.properties, or an environment variable).",
				cause);
	}

}
