package io.directivegraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named Cypher statements from {@code cypher/<name>.cypher} (packaged from the top-level
 * {@code cypher/} folder). Each file holds one statement after a header comment giving
 * its parameters and columns; statements are loaded by name, never assembled from
 * strings.
 */
public final class CypherFiles {

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private CypherFiles() {
	}

	/** The statement in {@code cypher/<name>.cypher}, comment lines removed. */
	public static String load(String name) {
		return CACHE.computeIfAbsent(name, CypherFiles::read);
	}

	/**
	 * The statements of a script file holding several ({@code cypher/load/*.cypher}):
	 * they end with a semicolon at the end of a line.
	 */
	public static java.util.List<String> statements(String name) {
		return SchemaMigrations.Script.statements(load(name) + "\n");
	}

	private static String read(String name) {
		String path = "/cypher/" + name + ".cypher";
		try (InputStream in = CypherFiles.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("No Cypher statement " + path + " on the classpath");
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return text.lines()
				.filter((line) -> !line.strip().startsWith("//"))
				.reduce("", (a, b) -> a + b + "\n")
				.strip()
				.replaceAll(";$", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
