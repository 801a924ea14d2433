package io.directivegraph.lineage;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.directivegraph.agency.Successions;
import io.directivegraph.ingest.FolderIngest;
import io.directivegraph.neo4j.DriverTransactions;
import io.directivegraph.neo4j.EmbeddedTransactions;
import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lineage read in-process (the embedded database's API, as the product does with its
 * embedded database) and through the driver (an external Neo4j) is the same answer, for
 * every document of the seeds, both directions, several depths and limits.
 */
@ApiTest
class LineageIT {

	@Autowired
	FolderIngest ingest;

	@Autowired
	Successions successions;

	@Autowired
	Driver driver;

	@Test
	void inProcessAndDriverLineagesAreTheSameForEverySeedDocument() throws Exception {
		TestNeo4j.loadSeeds(this.ingest, this.successions);
		Lineage throughDriver = new Lineage(new DriverTransactions(this.driver));
		Lineage inProcess = new Lineage(new EmbeddedTransactions(TestNeo4j.database()));
		List<String> ids = this.driver.executableQuery("MATCH (d:Document) RETURN d.id AS id ORDER BY id")
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("id").asString())
			.toList();
		assertThat(ids).hasSizeGreaterThan(20);
		int nonTrivial = 0;
		for (String id : ids) {
			for (boolean down : List.of(true, false)) {
				for (int depth : List.of(1, 5)) {
					for (int limit : List.of(5, Lineage.DEFAULT_LIMIT)) {
						Lineage.Graph expected = throughDriver.of(id, down, depth, limit);
						assertThat(inProcess.of(id, down, depth, limit))
							.as("%s down=%s depth=%d limit=%d", id, down, depth, limit)
							.isEqualTo(expected);
						if (expected.nodes().size() > 1) {
							nonTrivial++;
						}
					}
				}
			}
		}
		assertThat(nonTrivial).isGreaterThan(50);
	}

}
