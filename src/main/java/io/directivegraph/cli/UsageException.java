package io.directivegraph.cli;

/**
 * The command line is wrong (missing file, unknown option): reported with the usage text
 * and exit code {@link Cli#USAGE}.
 */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
