package io.directivegraph.cli;

import java.util.List;

/**
 * A feature's verbs, found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/io.directivegraph.cli.VerbProvider}).
 */
public interface VerbProvider {

	List<Verb> verbs(Class<?> applicationClass);

}
