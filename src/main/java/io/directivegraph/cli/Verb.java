package io.directivegraph.cli;

import java.util.concurrent.Callable;

/**
 * One command-line verb besides {@code serve}: a picocli {@code @Command} class whose
 * {@link #call()} returns an exit code of {@link Cli}. Picocli reads its options and
 * parameters, prints its help ({@code VERB --help}), reports a wrong command line with
 * its usage (exit {@link Cli#USAGE}) and writes it into the shell completion script.
 * Spring properties ({@code --key=value}) a verb passes on to the application it starts
 * are collected by an {@code @Unmatched} field.
 */
public interface Verb extends Callable<Integer> {

	/**
	 * Called before {@link #call()}: where the verb writes (results to out, progress and
	 * errors to err) and the application class it starts.
	 */
	void init(Cli.Console console, Class<?> applicationClass);

}
