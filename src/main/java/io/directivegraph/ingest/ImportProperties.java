package io.directivegraph.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir documents ingested at start (idempotent: unchanged files are skipped)
 * @param onStart whether the service ingests {@code dir} when it starts
 * @param threads files read and extracted at once, while one writer stores them
 * @param batchSize files written in one transaction at most (1: one transaction per file;
 * each file is wholly old or wholly new either way)
 */
@ConfigurationProperties("app.import")
public record ImportProperties(@DefaultValue("import/documents") Path dir, @DefaultValue("true") boolean onStart,
		@DefaultValue("2") int threads, @DefaultValue("100") int batchSize) {
}
