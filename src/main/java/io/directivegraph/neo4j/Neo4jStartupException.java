package io.directivegraph.neo4j;

/**
 * Neo4j could not be started or reached, for a reason a user can fix by changing one
 * configuration key.
 */
public class Neo4jStartupException extends RuntimeException {

	private final String key;

	public Neo4jStartupException(String problem, String key, Throwable cause) {
		super(problem, cause);
		this.key = key;
	}

	/** The configuration key to change. */
	public String key() {
		return this.key;
	}

}
