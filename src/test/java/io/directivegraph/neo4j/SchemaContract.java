package io.directivegraph.neo4j;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the schema scripts must give on any Neo4j: run against the in-process harness
 * always, and against a Testcontainers Neo4j where Docker exists.
 */
abstract class SchemaContract {

	abstract Driver driver();

	@BeforeEach
	void migrate() {
		driver().executableQuery("MATCH (n:Document|Agency) DETACH DELETE n").execute();
		new SchemaMigrations(driver()).migrate();
	}

	@Test
	void aStartWithEveryScriptAppliedTakesNoLease() {
		driver()
			.executableQuery("MERGE (l:SchemaMigrationLock {id: 'schema'}) "
					+ "SET l.holder = 'other', l.until = datetime() + duration('PT1H')")
			.execute();
		try {
			new SchemaMigrations(driver(), java.time.Duration.ofSeconds(5), java.time.Duration.ofMillis(100)).migrate();
		}
		finally {
			driver().executableQuery("MATCH (l:SchemaMigrationLock) REMOVE l.holder, l.until").execute();
		}
	}

	/** The versions of the shipped scripts. */
	private static final List<Integer> SHIPPED = SchemaMigrations.scripts()
		.stream()
		.map(SchemaMigrations.Script::version)
		.toList();

	@Test
	void appliesEveryScriptOnceAndRecordsIt() {
		new SchemaMigrations(driver()).migrate();
		List<Integer> versions = driver().executableQuery("MATCH (m:SchemaMigration) RETURN m.version AS v ORDER BY v")
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("v").asInt())
			.toList();
		assertThat(versions).containsExactlyElementsOf(SHIPPED);
	}

	@Test
	void aScriptChangedAfterItWasAppliedStopsTheStart() {
		driver().executableQuery("MATCH (m:SchemaMigration {version: 2}) SET m.checksum = 'edited'").execute();
		try {
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> new SchemaMigrations(driver()).migrate())
				.withMessageContaining("V002__fulltext.cypher changed after it was applied");
			// And the lease was given back: the next start is not kept waiting.
			assertThat(driver().executableQuery("MATCH (l:SchemaMigrationLock) RETURN l.holder AS h")
				.execute()
				.records()
				.get(0)
				.get("h")
				.isNull()).isTrue();
		}
		finally {
			driver().executableQuery("MATCH (m:SchemaMigration {version: 2}) SET m.checksum = $checksum")
				.withParameters(Map.of("checksum", SchemaMigrations.scripts().get(1).checksum()))
				.execute();
		}
	}

	@Test
	void instancesStartingTogetherApplyEachScriptOnce() throws Exception {
		// Several rounds: a race between two instances taking the lease shows only now
		// and
		// then (it once let two apply V006 at once).
		for (int round = 0; round < 3; round++) {
			driver().executableQuery("MATCH (m:SchemaMigration) WHERE m.version >= 4 DELETE m").execute();
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
			try {
				List<java.util.concurrent.Future<?>> starts = new java.util.ArrayList<>();
				for (int i = 0; i < 4; i++) {
					starts.add(pool.submit(() -> new SchemaMigrations(driver()).migrate()));
				}
				for (java.util.concurrent.Future<?> start : starts) {
					start.get(60, java.util.concurrent.TimeUnit.SECONDS);
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(driver().executableQuery("MATCH (m:SchemaMigration) RETURN m.version AS v ORDER BY v")
				.execute()
				.records()
				.stream()
				.map((r) -> r.get("v").asInt())
				.toList()).containsExactlyElementsOf(SHIPPED);
		}
	}

	@Test
	void aLeaseOfALiveInstanceIsWaitedForAndOneOfADeadInstanceRunsOut() {
		// A script to apply, so the lease is needed.
		driver().executableQuery("MATCH (m:SchemaMigration {version: 6}) DELETE m").execute();
		driver()
			.executableQuery("MERGE (l:SchemaMigrationLock {id: 'schema'}) "
					+ "SET l.holder = 'other', l.until = datetime() + duration('PT1H')")
			.execute();
		try {
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> new SchemaMigrations(driver(), java.time.Duration.ofSeconds(5),
						java.time.Duration.ofMillis(300))
					.migrate())
				.withMessageContaining("Another instance (other)");
			driver().executableQuery("MATCH (l:SchemaMigrationLock) SET l.until = datetime() - duration('PT1S')")
				.execute();
			new SchemaMigrations(driver(), java.time.Duration.ofSeconds(5), java.time.Duration.ofMillis(300)).migrate();
		}
		finally {
			driver().executableQuery("MATCH (l:SchemaMigrationLock) REMOVE l.holder, l.until").execute();
		}
	}

	@Test
	void documentIdsAreUnique() {
		driver().executableQuery("CREATE (:Document {id: 'hau-giang.program.50-ctr-tu.2021'})").execute();
		assertThatExceptionOfType(ClientException.class).isThrownBy(
				() -> driver().executableQuery("CREATE (:Document {id: 'hau-giang.program.50-ctr-tu.2021'})").execute())
			.withMessageContaining("already exists");
	}

	@Test
	void searchFindsTitlesWithoutRegardToDiacritics() {
		driver()
			.executableQuery(
					"""
							CREATE (:Document {id: 'a', number: '13-NQ/TW', title: 'Nghị quyết về phát triển vùng đồng bằng sông Cửu Long'}),
							       (:Document {id: 'b', number: '50-CTr/TU', title: 'Chương trình thực hiện Nghị quyết Đại hội Đảng bộ tỉnh'}),
							       (:Agency {id: 'c', name: 'Ban Tổ chức Tỉnh ủy'})""")
			.execute();
		driver().executableQuery("CALL db.awaitIndexes(60)").execute();

		assertThat(search("document_search", "nghi quyet")).containsExactlyInAnyOrder("a", "b");
		assertThat(search("document_search", "dang")).containsExactly("b");
		assertThat(search("document_search", "đồng bằng")).containsExactly("a");
		assertThat(search("agency_name", "ban to chuc tinh uy")).containsExactly("c");
	}

	private Set<String> search(String index, String words) {
		return driver().executableQuery("CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id AS id")
			.withParameters(Map.of("index", index, "q", words))
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("id").asString())
			.collect(Collectors.toSet());
	}

}
