package io.directivegraph.neo4j;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

/** {@link GraphTransactions} through the driver: for an external Neo4j. */
public final class DriverTransactions implements GraphTransactions {

	private final Driver driver;

	public DriverTransactions(Driver driver) {
		this.driver = driver;
	}

	@Override
	public <T> T write(Function<Statements, T> work) {
		for (int attempt = 1;; attempt++) {
			try (Session session = this.driver.session()) {
				return session.executeWrite((tx) -> work.apply(new DriverStatements(tx)));
			}
			catch (ClientException ex) {
				boolean conflict = ex.code() != null && ex.code().contains("ConstraintValidationFailed");
				if (!conflict || attempt >= ATTEMPTS) {
					throw ex;
				}
				Backoff.pause(attempt, ex);
			}
			catch (TransientException | org.neo4j.driver.exceptions.SessionExpiredException ex) {
				// executeWrite retried it already, for a while (a deadlock, a leader
				// switch); try a little more.
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
				Backoff.pause(attempt, ex);
			}
		}
	}

	@Override
	public <T> T read(Function<Statements, T> work) {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> work.apply(new DriverStatements(tx)));
		}
	}

	private record DriverStatements(TransactionContext tx) implements Statements {

		@Override
		public List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
			return this.tx.run(query, parameters).list(Record::asMap);
		}

		@Override
		public void run(String query, Map<String, Object> parameters) {
			this.tx.run(query, parameters).consume();
		}

	}

}
