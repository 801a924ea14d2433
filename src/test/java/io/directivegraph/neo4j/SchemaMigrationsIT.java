package io.directivegraph.neo4j;

import org.neo4j.driver.Driver;

class SchemaMigrationsIT extends SchemaContract {

	@Override
	Driver driver() {
		return TestNeo4j.driver();
	}

}
