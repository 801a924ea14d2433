package io.directivegraph.lineage;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.directivegraph.ingest.FolderIngest;
import io.directivegraph.ingest.IngestResult;
import io.directivegraph.ingest.SyntheticCorpus;
import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph-wide direction check ({@code queries/lineage/implements-check}) on the
 * synthetic corpus: provincial plans and programs implementing national resolutions and
 * each other, issued over four years. No cycle, no national document implementing a
 * provincial one, no older document implementing a newer one. (ApiIT runs it on the
 * seeds.)
 */
@ApiTest
class ImplementsCheckIT {

	@Autowired
	FolderIngest folder;

	@Autowired
	Driver driver;

	@Test
	void noImplementsEdgePointsTheWrongWayInTheSyntheticCorpus() {
		TestNeo4j.clear();
		List<Map.Entry<String, byte[]>> texts = new SyntheticCorpus(16L, 300).stream()
			.map((d) -> Map.entry(d.file(), d.bytes()))
			.toList();
		assertThat(this.folder.ingestTexts(texts, (n, r) -> {
		})).extracting(IngestResult::status).containsOnly(IngestResult.Status.INGESTED);
		assertThat(this.driver.executableQuery("MATCH ()-[r:IMPLEMENTS]->() RETURN count(r) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong()).as("the corpus has IMPLEMENTS edges to check").isGreaterThan(50);

		List<String> problems = this.driver.executableQuery(CypherFiles.load("queries/lineage/implements-check"))
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("problem").asString() + " " + r.get("from").asString() + " -> " + r.get("to").asString())
			.toList();
		assertThat(problems).isEmpty();
	}

}
