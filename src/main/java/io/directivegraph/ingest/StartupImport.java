package io.directivegraph.ingest;

import java.nio.file.Files;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * On start of the service, ingests {@code app.import.dir} (the five seeds by default).
 * Unchanged files are skipped, so this costs little after the first start.
 */
@Component
class StartupImport implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartupImport.class);

	private final FolderIngest ingest;

	private final ImportProperties properties;

	private final ApplicationContext context;

	StartupImport(FolderIngest ingest, ImportProperties properties, ApplicationContext context) {
		this.ingest = ingest;
		this.properties = properties;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		// The ingest verb runs without a web server and ingests what it is told, not the
		// import folder.
		boolean service = this.context instanceof org.springframework.boot.web.server.context.WebServerApplicationContext;
		if (!this.properties.onStart() || !service || !Files.isDirectory(this.properties.dir())) {
			return;
		}
		long started = System.nanoTime();
		List<IngestResult> results = this.ingest.ingest(FolderIngest.files(List.of(this.properties.dir())), (n, r) -> {
			if (r.status() == IngestResult.Status.SKIPPED) {
				log.warn("Skipped {}: {}", r.file(), r.reason());
			}
		});
		long ingested = results.stream().filter((r) -> r.status() == IngestResult.Status.INGESTED).count();
		log.info("Import of {}: {} ingested, {} unchanged, {} skipped in {} ms", this.properties.dir(), ingested,
				results.stream().filter((r) -> r.status() == IngestResult.Status.UNCHANGED).count(),
				results.stream().filter((r) -> r.status() == IngestResult.Status.SKIPPED).count(),
				(System.nanoTime() - started) / 1_000_000);
	}

}
