package io.directivegraph.neo4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * {@link GraphTransactions} through the embedded database's Java API: the same Cypher,
 * the same transactions, no Bolt in between.
 */
public final class EmbeddedTransactions implements GraphTransactions {

	private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

	private final GraphDatabaseService database;

	public EmbeddedTransactions(GraphDatabaseService database) {
		this.database = database;
	}

	@Override
	public <T> T write(Function<Statements, T> work) {
		for (int attempt = 1;; attempt++) {
			try (Transaction tx = this.database.beginTx()) {
				T result = work.apply(new EmbeddedStatements(tx));
				tx.commit();
				return result;
			}
			catch (RuntimeException ex) {
				if (!retryable(ex) || attempt >= ATTEMPTS) {
					throw ex;
				}
				Backoff.pause(attempt, ex);
			}
		}
	}

	@Override
	public <T> T read(Function<Statements, T> work) {
		// Closed without a commit: nothing to keep.
		try (Transaction tx = this.database.beginTx()) {
			return work.apply(new EmbeddedStatements(tx));
		}
	}

	/**
	 * A lost race on a uniqueness constraint, or a transient failure (deadlock, lock
	 * timeout: any {@code Neo.TransientError}).
	 */
	static boolean retryable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String code = null;
			if (cause instanceof QueryExecutionException query) {
				code = query.getStatusCode();
			}
			else if (cause instanceof Status.HasStatus status && status.status() != null) {
				code = status.status().code().serialize();
			}
			if (code != null && (code.equals(CONSTRAINT_FAILED) || code.startsWith("Neo.TransientError."))
					|| cause instanceof org.neo4j.graphdb.TransientFailureException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private record EmbeddedStatements(Transaction tx) implements Statements {

		@Override
		public List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
			List<Map<String, Object>> rows = new ArrayList<>();
			try (Result result = this.tx.execute(query, parameters)) {
				result.forEachRemaining(rows::add);
			}
			return rows;
		}

		@Override
		public void run(String query, Map<String, Object> parameters) {
			try (Result result = this.tx.execute(query, parameters)) {
				result.accept((row) -> true);
			}
		}

	}

}
