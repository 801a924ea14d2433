package io.directivegraph.neo4j;

import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.QueryExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedTransactionsTest {

	@Test
	void aLostConstraintRaceAndATransientFailureAreRetriedOtherFailuresAreNot() {
		assertThat(EmbeddedTransactions.retryable(
				new QueryExecutionException("exists", null, "Neo.ClientError.Schema.ConstraintValidationFailed")))
			.isTrue();
		assertThat(EmbeddedTransactions.retryable(new IllegalStateException("wrapped",
				new QueryExecutionException("deadlock", null, "Neo.TransientError.Transaction.DeadlockDetected"))))
			.isTrue();
		assertThat(EmbeddedTransactions
			.retryable(new QueryExecutionException("syntax", null, "Neo.ClientError.Statement.SyntaxError"))).isFalse();
		assertThat(EmbeddedTransactions.retryable(new IllegalArgumentException("not a database failure"))).isFalse();
	}

}
