package io.directivegraph.ingest;

import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/**
 * The shape of a graph for comparing two loads of it: nodes per label and relationships
 * per type (keys prefixed "-"), schema bookkeeping left out.
 */
final class GraphShape {

	private GraphShape() {
	}

	static Map<String, Long> of(Driver driver) {
		Map<String, Long> shape = new TreeMap<>();
		driver.executableQuery(
				"MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock UNWIND labels(n) AS l RETURN l AS k, count(*) AS n")
			.execute()
			.records()
			.forEach((r) -> shape.put(r.get("k").asString(), r.get("n").asLong()));
		driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n")
			.execute()
			.records()
			.forEach((r) -> shape.put("-" + r.get("k").asString(), r.get("n").asLong()));
		return shape;
	}

}
