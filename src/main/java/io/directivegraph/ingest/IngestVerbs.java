package io.directivegraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;

import io.directivegraph.cli.Cli;
import io.directivegraph.cli.UsageException;
import io.directivegraph.cli.Verb;
import io.directivegraph.cli.VerbProvider;

/**
 * The {@code ingest PATH...} verb: loads files and folders into the configured database
 * (embedded, or {@code --spring.neo4j.uri=...}), with a progress bar on a terminal and a
 * summary. Exit 0 when every file loaded or was unchanged, 1 when one was skipped (the
 * others still load), 2 for a usage error.
 */
public final class IngestVerbs implements VerbProvider {

	@Override
	public List<Verb> verbs() {
		return List.of(new Ingest(), new Export());
	}

	/** What both verbs share: where they write, the application they start. */
	abstract static class Base implements Verb {

		@CommandLine.Unmatched
		List<String> properties = new ArrayList<>();

		Cli.Console console;

		Class<?> applicationClass;

		@Override
		public void init(Cli.Console console, Class<?> applicationClass) {
			this.console = console;
			this.applicationClass = applicationClass;
		}

		/** The arguments as the verb reads them: paths, then Spring properties. */
		List<String> arguments(List<String> positional) {
			List<String> all = new ArrayList<>((positional != null) ? positional : List.of());
			all.addAll(this.properties);
			return all;
		}

	}

	/** {@code ingest PATH... [--key=value ...]}. */
	@CommandLine.Command(name = "ingest", mixinStandardHelpOptions = true,
			description = "Load text files or folders into the database (stop the service first when it uses the "
					+ "same data folder).",
			footer = "%nSpring properties (--spring.neo4j.uri=..., --app.neo4j.embedded.data-dir=...) choose the "
					+ "database.%n--remove takes documents back: a document id removes every source that states it, "
					+ "a file name that source.%nExit codes: 0 the files were loaded, unchanged or skipped for cause "
					+ "(each skipped file is listed with its reason), 1 nothing could be read, a write failed or "
					+ "nothing to remove was found, 2 usage error.")
	static final class Ingest extends Base {

		@CommandLine.Parameters(paramLabel = "PATH", arity = "0..*", description = "files or folders")
		List<String> paths;

		@CommandLine.Option(names = "--server", paramLabel = "URL",
				description = "ingest through this running service's API (POST /api/documents) instead of opening "
						+ "the database; chosen by itself when the service holds the embedded database")
		String server;

		@CommandLine.Option(names = "--token", paramLabel = "TOKEN",
				description = "the service's write token (default: DIRECTIVE_GRAPH_TOKEN, app.api.token, or the "
						+ "token= line of its credentials file when readable here)")
		String token;

		@CommandLine.Option(names = "--remove", paramLabel = "ID|FILE", arity = "1..*",
				description = "take back a document (its id) or a source (its file name) with all it stated")
		List<String> remove;

		@Override
		public Integer call() {
			if (this.remove != null && !this.remove.isEmpty()) {
				if (this.paths != null && !this.paths.isEmpty()) {
					throw new UsageException("either PATH... to load or --remove ID|FILE... to take back, not both");
				}
				// "--remove X --key=value": the Spring properties after the names are not
				// names.
				List<String> names = this.remove.stream().filter((r) -> !r.startsWith("--")).toList();
				List<String> properties = new ArrayList<>(this.properties);
				this.remove.stream().filter((r) -> r.startsWith("--")).forEach(properties::add);
				if (names.isEmpty()) {
					throw new UsageException("name a document id or a file name to --remove");
				}
				return remove(this.applicationClass, names, properties, this.console);
			}
			if (this.paths == null || this.paths.isEmpty()) {
				throw new UsageException("name at least one file or folder");
			}
			return ingest(this.applicationClass, arguments(this.paths), this.console, this.server, this.token);
		}

	}

	/** {@code export [DIR] [--key=value ...]}. */
	@CommandLine.Command(name = "export", mixinStandardHelpOptions = true,
			description = "Write the graph as CSV files (default import/export) for cypher/load/load-export.cypher.")
	static final class Export extends Base {

		@CommandLine.Parameters(paramLabel = "DIR", arity = "0..1", description = "the folder to write")
		List<String> dir;

		@Override
		public Integer call() {
			return export(this.applicationClass, arguments(this.dir), this.console);
		}

	}

	static int ingest(Class<?> applicationClass, List<String> args, Cli.Console console) {
		return ingest(applicationClass, args, console, null, null);
	}

	static int ingest(Class<?> applicationClass, List<String> args, Cli.Console console, String server, String token) {
		List<Path> paths = new ArrayList<>();
		List<String> properties = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--")) {
				properties.add(arg);
			}
			else {
				Path path = Path.of(arg);
				if (!Files.exists(path)) {
					throw new UsageException(arg + ": no such file or folder");
				}
				paths.add(path);
			}
		}
		if (paths.isEmpty()) {
			throw new UsageException("name at least one file or folder");
		}
		List<Path> files = FolderIngest.files(paths);
		ServiceIngest.Target service = ServiceIngest.find(properties, server, token);
		if (service != null) {
			console.err().println("directive-graph ingest: " + service.why());
			Progress progress = new Progress(console, files.size(), System.console() != null);
			List<IngestResult> results = ServiceIngest.ingest(service, files, progress::update);
			progress.done();
			return summary(results, console);
		}
		try (ConfigurableApplicationContext context = context(applicationClass, properties)) {
			Progress progress = new Progress(console, files.size(), System.console() != null);
			List<IngestResult> results = context.getBean(FolderIngest.class).ingest(files, progress::update);
			progress.done();
			return summary(results, console);
		}
	}

	/**
	 * Takes back documents (by id: every source stating them) or sources (by file name),
	 * as {@code DELETE /api/documents/{id}} does.
	 */
	static int remove(Class<?> applicationClass, List<String> names, List<String> properties, Cli.Console console) {
		try (ConfigurableApplicationContext context = context(applicationClass, properties)) {
			Uploads uploads = context.getBean(Uploads.class);
			GraphIngest ingest = context.getBean(GraphIngest.class);
			int missing = 0;
			for (String name : names) {
				try {
					Uploads.Removed removed = uploads.remove(name, null, "command line");
					console.out()
						.printf("removed %s: sources %s; documents deleted %s, kept as cited stubs %s%n", name,
								removed.files(), removed.deleted(), removed.stubs());
					continue;
				}
				catch (io.directivegraph.web.NotFoundException | io.directivegraph.web.ConflictException ex) {
					// Not a document stated by a source: maybe a source's file name.
				}
				GraphIngest.Removal removal = ingest.remove(List.of(name));
				if (removal.files().isEmpty()) {
					console.out().printf("not found: %s (neither a document id nor an ingested file name)%n", name);
					missing++;
				}
				else {
					console.out()
						.printf("removed source %s; documents deleted %s, kept as cited stubs %s%n", name,
								removal.deleted(), removal.stubs());
				}
			}
			return (missing > 0) ? Cli.FAILURE : Cli.OK;
		}
	}

	static int export(Class<?> applicationClass, List<String> args, Cli.Console console) {
		List<String> properties = args.stream().filter((a) -> a.startsWith("--")).toList();
		List<String> rest = args.stream().filter((a) -> !a.startsWith("--")).toList();
		if (rest.size() > 1) {
			throw new UsageException("name at most one folder");
		}
		Path dir = rest.isEmpty() ? Path.of("import/export") : Path.of(rest.get(0));
		try (ConfigurableApplicationContext context = context(applicationClass, properties)) {
			Map<String, Integer> rows = context.getBean(GraphExport.class).export(dir);
			rows.forEach((file, n) -> console.out().printf("%-28s %8d rows%n", file + ".csv", n));
			console.out().printf("written to %s; load with cypher/load/load-export.cypher%n", dir.toAbsolutePath());
			return Cli.OK;
		}
	}

	private static ConfigurableApplicationContext context(Class<?> applicationClass, List<String> properties) {
		return new SpringApplicationBuilder(applicationClass).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			// A scan's pages are said as they are recognised (a line per page).
			// A scan's pages are said as they are recognised (a line per page).
			.properties(Map.of("logging.level.root", "WARN", "logging.level.io.directivegraph", "WARN",
					"logging.level.io.directivegraph.extract.format.Ocr", "INFO"))
			.run(verbArguments(properties).toArray(String[]::new));
	}

	/**
	 * The verb's Spring arguments: the embedded database starts without Browser and HTTP
	 * (seconds saved, no port taken) and on a free Bolt port (the verb talks to it in
	 * this process), unless the user says otherwise. As arguments, not defaults: the
	 * packaged application.properties names the service's ports and would win.
	 */
	static List<String> verbArguments(List<String> properties) {
		List<String> all = new ArrayList<>(properties);
		for (String[] setting : new String[][] { { "app.neo4j.embedded.http-enabled", "false" },
				{ "app.neo4j.embedded.bolt-port", "0" } }) {
			if (properties.stream().noneMatch((p) -> p.startsWith("--" + setting[0] + "="))) {
				all.add("--" + setting[0] + "=" + setting[1]);
			}
		}
		return all;
	}

	private static int summary(List<IngestResult> results, Cli.Console console) {
		int documents = 0;
		int tasks = 0;
		int citations = 0;
		int unresolved = 0;
		int skipped = 0;
		int unchanged = 0;
		for (IngestResult r : results) {
			documents += r.documents();
			tasks += r.tasks();
			citations += r.citations();
			unresolved += r.unresolved();
			if (r.status() == IngestResult.Status.SKIPPED) {
				skipped++;
			}
			if (r.status() == IngestResult.Status.UNCHANGED) {
				unchanged++;
			}
		}
		console.out()
			.printf("%d files: %d ingested, %d unchanged, %d skipped%n", results.size(),
					results.size() - skipped - unchanged, unchanged, skipped);
		console.out()
			.printf("%d documents, %d tasks, %d citations, %d unresolved references%n", documents, tasks, citations,
					unresolved);
		boolean writeFailed = false;
		for (IngestResult r : results) {
			if (r.status() == IngestResult.Status.SKIPPED) {
				console.out().printf("skipped %s: %s%n", r.file(), r.reason());
				writeFailed |= r.reason() != null && r.reason().startsWith("failed:");
			}
		}
		// Some files skipped for cause (an image, a scan, a text with no directive) is a
		// normal folder: 1 only when nothing could be read or a write failed.
		return (writeFailed || !results.isEmpty() && skipped == results.size()) ? Cli.FAILURE : Cli.OK;
	}

	/**
	 * A one-line progress bar on stderr when it is a terminal; nothing otherwise (logs
	 * stay clean).
	 */
	private record Progress(Cli.Console console, int total, boolean terminal) {

		void update(int done, IngestResult result) {
			if (!this.terminal) {
				// Redirected to a log: one line per file instead of a bar.
				this.console.err().printf("[%d/%d] %s %s%n", done, this.total, result.file(), result.status());
				return;
			}
			int width = 30;
			int filled = (this.total == 0) ? width : done * width / this.total;
			this.console.err()
				.printf("\r[%s%s] %d/%d %s", "#".repeat(filled), " ".repeat(width - filled), done, this.total,
						truncate(result.file()));
		}

		void done() {
			if (this.terminal) {
				this.console.err().println();
			}
		}

		private static String truncate(String name) {
			return (name.length() > 40) ? name.substring(0, 37) + "..." : String.format("%-40s", name);
		}

	}

}
