package io.directivegraph.cli;

import java.util.List;

/**
 * A feature's verbs, found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/io.directivegraph.cli.VerbProvider}), so that {@code extract}
 * and {@code ingest} slot in without {@link Cli} knowing them.
 */
public interface VerbProvider {

	/** New instances of the feature's {@link Verb}s, picocli-annotated. */
	List<Verb> verbs();

}
