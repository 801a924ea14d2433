package io.directivegraph.neo4j;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Reports the graph schema version under {@code /actuator/health}: DOWN until the scripts
 * are applied.
 */
@Component("schema")
class SchemaHealthIndicator extends AbstractHealthIndicator {

	private final SchemaMigrations migrations;

	SchemaHealthIndicator(SchemaMigrations migrations) {
		this.migrations = migrations;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		int version = this.migrations.appliedVersion();
		(version > 0 ? builder.up() : builder.down()).withDetail("version", version);
	}

}
