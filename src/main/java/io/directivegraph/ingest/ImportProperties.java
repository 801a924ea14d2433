package io.directivegraph.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir documents ingested at start (idempotent: unchanged files are skipped)
 * @param onStart whether the service ingests {@code dir} when it starts
 * @param threads files ingested at once (each in its own transaction)
 */
@ConfigurationProperties("app.import")
public record ImportProperties(@DefaultValue("import/documents") Path dir, @DefaultValue("true") boolean onStart,
		@DefaultValue("2") int threads) {
}
