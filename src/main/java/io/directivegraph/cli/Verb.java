package io.directivegraph.cli;

import java.util.List;

/**
 * One command-line verb: {@code serve}, {@code extract}, {@code ingest}, ...
 *
 * @param name the word typed after the jar
 * @param arguments how its arguments are written in the usage line
 * @param summary one line for {@code --help}
 * @param action what it does with its arguments; returns an exit code from {@link Cli}
 */
public record Verb(String name, String arguments, String summary, Action action) {

	/** What a verb does with the arguments that follow it. */
	@FunctionalInterface
	public interface Action {

		int run(List<String> args, Cli.Console console) throws Exception;

	}

}
