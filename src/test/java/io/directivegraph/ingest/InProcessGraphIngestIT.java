package io.directivegraph.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import io.directivegraph.accountability.OverdueCounts;
import io.directivegraph.neo4j.EmbeddedTransactions;
import io.directivegraph.neo4j.GraphTransactions;
import io.directivegraph.neo4j.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test of {@link GraphIngestIT} again, with the ingest writing through the
 * database's Java API as it does when the database is embedded (the product's default),
 * instead of through Bolt.
 */
@Import(InProcessGraphIngestIT.InProcessWrites.class)
class InProcessGraphIngestIT extends GraphIngestIT {

	@TestConfiguration(proxyBeanMethods = false)
	static class InProcessWrites {

		@Bean
		@Primary
		GraphTransactions inProcessWrites() {
			return new EmbeddedTransactions(TestNeo4j.database());
		}

	}

	@Test
	void theIngestWritesInProcess() {
		assertThat(this.writes).isInstanceOf(EmbeddedTransactions.class);
	}

	@Test
	void aReportReadThroughTheDriverSeesWritesMadeInProcess() {
		OverdueCounts counts = new OverdueCounts(this.driver);
		ingestSeeds();
		LocalDate asOf = LocalDate.of(2022, 1, 1);
		counts.refresh(null);
		long before = total(counts.report(asOf, null));
		assertThat(before).isPositive();

		this.writes.write((tx) -> {
			tx.run("MATCH (t:Task) DETACH DELETE t", Map.of());
			return null;
		});

		assertThat(total(counts.report(asOf, null))).isZero();
	}

	private static long total(List<OverdueCounts.AgencyCounts> report) {
		return report.stream()
			.mapToLong((c) -> c.overdue() + c.doneLate() + c.doneOnTime() + c.pending() + c.open())
			.sum();
	}

}
