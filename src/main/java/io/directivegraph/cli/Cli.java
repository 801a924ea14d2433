package io.directivegraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * The command line, read by picocli. {@code serve} (also the default, and what any
 * {@code --key=value} Spring property alone means) runs the service; the other verbs are
 * contributed by features through {@link VerbProvider}; {@code generate-completion}
 * prints a bash/zsh completion script; {@code help VERB} and {@code VERB --help} print a
 * verb's usage.
 *
 * <p>
 * Exit codes: {@value #OK} success, {@value #FAILURE} failure, {@value #USAGE} usage
 * error.
 */
public final class Cli {

	public static final int OK = 0;

	public static final int FAILURE = 1;

	public static final int USAGE = 2;

	/**
	 * Returned by {@code serve}: the service runs until it is stopped, so the JVM must
	 * not exit.
	 */
	public static final int KEEP_RUNNING = -1;

	private static final String FOOTER = "%nConfiguration is by Spring properties (--server.port=9090) or environment "
			+ "variables.%nExit codes: 0 ok, 1 failure, 2 usage error.";

	private final Class<?> applicationClass;

	private final Console console;

	private final CommandLine commandLine;

	public Cli(Class<?> applicationClass, PrintStream out, PrintStream err) {
		this.applicationClass = applicationClass;
		this.console = new Console(out, err);
		this.commandLine = new CommandLine(new Root());
		this.commandLine.addSubcommand("serve", new Serve());
		for (VerbProvider provider : ServiceLoader.load(VerbProvider.class)) {
			for (Verb verb : provider.verbs()) {
				verb.init(this.console, applicationClass);
				this.commandLine.addSubcommand(verb);
			}
		}
		this.commandLine.addSubcommand(new CommandLine.HelpCommand());
		CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
		completion.getCommandSpec().usageMessage().hidden(false);
		this.commandLine.addSubcommand("generate-completion", completion);
		this.commandLine.setOut(writer(out))
			.setErr(writer(err))
			.setExecutionExceptionHandler(this::failed)
			.setParameterExceptionHandler(this::usageError);
	}

	public int run(String... args) {
		// No verb, or only Spring properties: serve.
		if (args.length == 0 || (args[0].startsWith("--") && !isHelp(args[0]))) {
			String[] serve = new String[args.length + 1];
			serve[0] = "serve";
			System.arraycopy(args, 0, serve, 1, args.length);
			return this.commandLine.execute(serve);
		}
		return this.commandLine.execute(args);
	}

	/** The top-level usage text. */
	public String usage() {
		return this.commandLine.getUsageMessage();
	}

	public List<String> verbNames() {
		return new ArrayList<>(this.commandLine.getSubcommands().keySet());
	}

	private int failed(Exception ex, CommandLine command, CommandLine.ParseResult parseResult) {
		if (ex instanceof UsageException) {
			command.getErr().println(prefix(command) + ex.getMessage());
			command.usage(command.getErr());
			return USAGE;
		}
		// Spring Boot has already printed its failure analysis for start-up errors; one
		// line suffices here.
		command.getErr().println(prefix(command) + oneLine(ex));
		return FAILURE;
	}

	private int usageError(CommandLine.ParameterException ex, String[] args) {
		CommandLine command = ex.getCommandLine();
		PrintWriter err = command.getErr();
		if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && command == this.commandLine) {
			err.println("directive-graph: unknown verb '" + args[0] + "'");
			List<String> suggestions = unmatched.getSuggestions();
			if (!suggestions.isEmpty()) {
				err.println("did you mean: " + String.join(", ", suggestions) + "?");
			}
		}
		else {
			err.println(prefix(command) + ex.getMessage());
		}
		command.usage(err);
		return USAGE;
	}

	private static String prefix(CommandLine command) {
		return command.getCommandSpec().qualifiedName() + ": ";
	}

	private static PrintWriter writer(PrintStream stream) {
		return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h");
	}

	static String oneLine(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message);
	}

	/**
	 * Where a verb writes: results to {@code out}, progress and errors to {@code err}.
	 */
	public record Console(PrintStream out, PrintStream err) {
	}

	@Command(name = "directive-graph", mixinStandardHelpOptions = true, version = "directive-graph 0.1",
			description = "Vietnamese directives, their lineage and who must do what by when.",
			synopsisSubcommandLabel = "[VERB]", commandListHeading = "%nVerbs:%n", footer = FOOTER)
	static final class Root implements Runnable {

		@CommandLine.Spec
		CommandLine.Model.CommandSpec spec;

		@Override
		public void run() {
			// Only reached with options of its own and no verb: print the usage.
			this.spec.commandLine().usage(this.spec.commandLine().getOut());
		}

	}

	@Command(name = "serve", mixinStandardHelpOptions = true,
			description = "Run the REST API and Neo4j (embedded unless spring.neo4j.uri is set); the default.",
			footer = FOOTER)
	final class Serve implements java.util.concurrent.Callable<Integer> {

		@Unmatched
		List<String> properties = new ArrayList<>();

		@Override
		public Integer call() {
			try {
				ConfigurableApplicationContext context = SpringApplication.run(Cli.this.applicationClass,
						this.properties.toArray(String[]::new));
				return context.isActive() ? KEEP_RUNNING : OK;
			}
			catch (RuntimeException ex) {
				// Spring Boot has already reported it (a failure analysis naming the key
				// to change, or the trace).
				return FAILURE;
			}
		}

	}

}
