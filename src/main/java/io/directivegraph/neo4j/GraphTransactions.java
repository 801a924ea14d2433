package io.directivegraph.neo4j;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Transactions on the graph for work that runs many statements or moves many rows (the
 * ingest, the lineage): through the embedded database's own API when it runs in this JVM,
 * so parameters and rows are handed over as they are instead of being encoded for Bolt,
 * sent over loopback and decoded again; through the driver when the database is an
 * external Neo4j. A write transaction that loses a race on a uniqueness constraint (two
 * ingests creating the same cited document) or fails transiently (a deadlock) is run
 * again, a few times.
 */
public interface GraphTransactions {

	/** Attempts of a transaction that keeps conflicting before its failure is thrown. */
	int ATTEMPTS = 8;

	/**
	 * Runs {@code work} in one write transaction and commits it; when {@code work}
	 * throws, nothing it wrote is kept. {@code work} may run more than once (see above).
	 */
	<T> T write(Function<Statements, T> work);

	/**
	 * Runs {@code work} in one read transaction: every statement sees the same snapshot.
	 */
	<T> T read(Function<Statements, T> work);

	/** The statements of one transaction. */
	interface Statements {

		/**
		 * Runs a statement and returns its rows, values as plain Java objects (String,
		 * Long, Double, Boolean, List, Map, java.time types; null for null).
		 */
		List<Map<String, Object>> rows(String query, Map<String, Object> parameters);

		/** Runs a statement for its effect. */
		void run(String query, Map<String, Object> parameters);

	}

}
