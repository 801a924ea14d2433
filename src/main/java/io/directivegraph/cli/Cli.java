package io.directivegraph.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Dispatches the command line to a verb. {@code serve} (also the default, and what any
 * {@code --key=value} Spring property means) runs the service; other verbs are
 * contributed by features through {@link VerbProvider} so that {@code extract} and
 * {@code ingest} slot in without this class knowing them.
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

	private final Class<?> applicationClass;

	private final Console console;

	private final Map<String, Verb> verbs = new LinkedHashMap<>();

	public Cli(Class<?> applicationClass, PrintStream out, PrintStream err) {
		this.applicationClass = applicationClass;
		this.console = new Console(out, err);
		register(new Verb("serve", "[--key=value ...]",
				"run the REST API and Neo4j (embedded unless spring.neo4j.uri is set); the default", this::serve));
		for (VerbProvider provider : ServiceLoader.load(VerbProvider.class)) {
			provider.verbs(applicationClass).forEach(this::register);
		}
	}

	private void register(Verb verb) {
		this.verbs.put(verb.name(), verb);
	}

	public int run(String... args) {
		List<String> list = Arrays.asList(args);
		if (list.isEmpty() || list.get(0).startsWith("--") && !isHelp(list.get(0))) {
			return invoke(this.verbs.get("serve"), list);
		}
		String first = list.get(0);
		if (isHelp(first)) {
			this.console.out().print(usage());
			return OK;
		}
		Verb verb = this.verbs.get(first);
		if (verb == null) {
			this.console.err().println("directive-graph: unknown verb '" + first + "'");
			this.console.err().print(usage());
			return USAGE;
		}
		List<String> rest = list.subList(1, list.size());
		if (rest.stream().anyMatch(Cli::isHelp)) {
			this.console.out().println("usage: java -jar directive-graph.jar " + verb.name() + " " + verb.arguments());
			this.console.out().println("  " + verb.summary());
			return OK;
		}
		return invoke(verb, rest);
	}

	private int invoke(Verb verb, List<String> args) {
		try {
			return verb.action().run(args, this.console);
		}
		catch (UsageException ex) {
			this.console.err().println("directive-graph " + verb.name() + ": " + ex.getMessage());
			this.console.err().println("usage: java -jar directive-graph.jar " + verb.name() + " " + verb.arguments());
			return USAGE;
		}
		catch (Exception ex) {
			// Spring Boot has already printed its failure analysis for start-up errors;
			// one line suffices here.
			this.console.err().println("directive-graph " + verb.name() + ": " + oneLine(ex));
			return FAILURE;
		}
	}

	private int serve(List<String> args, Console console) {
		try {
			ConfigurableApplicationContext context = SpringApplication.run(this.applicationClass,
					args.toArray(String[]::new));
			return context.isActive() ? KEEP_RUNNING : OK;
		}
		catch (RuntimeException ex) {
			// Spring Boot has already reported it (a failure analysis naming the key to
			// change, or the trace).
			return FAILURE;
		}
	}

	public String usage() {
		StringBuilder text = new StringBuilder();
		text.append("directive-graph: Vietnamese directives, their lineage and who must do what by when\n\n");
		text.append("usage: java -jar directive-graph.jar [verb] [arguments]\n\nverbs:\n");
		int width = this.verbs.keySet().stream().mapToInt(String::length).max().orElse(0);
		for (Verb verb : this.verbs.values()) {
			text.append(String.format("  %-" + width + "s  %s%n", verb.name(), verb.summary()));
			text.append(String.format("  %-" + width + "s    %s %s%n", "", verb.name(), verb.arguments()));
		}
		text.append("\nConfiguration is by Spring properties (--server.port=9090) or environment variables.\n");
		text.append("Exit codes: 0 ok, 1 failure, 2 usage error.\n");
		return text.toString();
	}

	public List<String> verbNames() {
		return new ArrayList<>(this.verbs.keySet());
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
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

}
