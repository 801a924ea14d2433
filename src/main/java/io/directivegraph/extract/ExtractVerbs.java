package io.directivegraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import picocli.CommandLine;

import io.directivegraph.cli.Cli;
import io.directivegraph.cli.UsageException;
import io.directivegraph.cli.Verb;
import io.directivegraph.cli.VerbProvider;
import io.directivegraph.extract.text.UndecodableTextException;
import io.directivegraph.extract.model.Extraction;

/**
 * The {@code extract FILE...} verb: prints the extraction JSON of each file (one JSON
 * document per file, or an array for several) to stdout. No database, no Spring.
 */
public final class ExtractVerbs implements VerbProvider {

	@Override
	public List<Verb> verbs() {
		return List.of(new Extract());
	}

	/** {@code extract FILE...}. */
	@CommandLine.Command(name = "extract", mixinStandardHelpOptions = true,
			description = "Print the extraction JSON (documents, citations, relations, tasks) of text files; "
					+ "no database.")
	static final class Extract implements Verb {

		@CommandLine.Parameters(paramLabel = "FILE", arity = "1..*", description = "text files to read")
		List<String> files;

		private Cli.Console console;

		@Override
		public void init(Cli.Console console, Class<?> applicationClass) {
			this.console = console;
		}

		@Override
		public Integer call() throws IOException {
			return extract(this.files, this.console);
		}

	}

	/**
	 * Files larger than this are refused: directives are kilobytes, a compilation a
	 * megabyte.
	 */
	static final long MAX_BYTES = 256L * 1024 * 1024;

	static int extract(List<String> args, Cli.Console console) throws IOException {
		if (args.isEmpty()) {
			throw new UsageException("name at least one file");
		}
		Extractor extractor = Extractor.defaults();
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		List<Extraction> results = new ArrayList<>();
		int exit = Cli.OK;
		for (String arg : args) {
			Path file = Path.of(arg);
			try {
				if (Files.isDirectory(file)) {
					throw new UsageException(arg + " is a folder; name the files (extract " + arg + "/*.txt)");
				}
				long size = Files.size(file);
				if (size > MAX_BYTES) {
					console.err()
						.println("directive-graph extract: " + arg + ": " + size + " bytes, over the limit of "
								+ MAX_BYTES);
					exit = Cli.FAILURE;
					continue;
				}
				Extraction extraction = extractor.extract(file.getFileName().toString(), Files.readAllBytes(file));
				extraction.warnings().forEach((w) -> console.err().println("directive-graph extract: warning: " + w));
				results.add(extraction);
			}
			catch (NoSuchFileException ex) {
				console.err().println("directive-graph extract: " + arg + ": no such file");
				exit = Cli.FAILURE;
			}
			catch (UndecodableTextException ex) {
				console.err().println("directive-graph extract: " + arg + ": " + ex.getMessage());
				exit = Cli.FAILURE;
			}
		}
		if (results.isEmpty() && exit != Cli.OK) {
			return exit;
		}
		Object output = (args.size() == 1 && results.size() == 1) ? results.get(0) : results;
		console.out().println(json.writeValueAsString(output));
		return exit;
	}

}
