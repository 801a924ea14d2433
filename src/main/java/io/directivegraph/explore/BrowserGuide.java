package io.directivegraph.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import io.directivegraph.neo4j.CypherFiles;

/**
 * The Neo4j Browser guide ({@code cypher/guide/directive-graph.html}) and style
 * ({@code cypher/style/directive-graph.grass}) as served. The guide's template names the
 * saved queries it runs ({@code {{query:browser/01-find-a-resolution}}} is
 * {@code cypher/queries/browser/01-find-a-resolution.cypher}, comment lines removed), so
 * the guide and the files users copy from never differ; {@code {{base}}} is the address
 * of this service as the caller reached it.
 */
public final class BrowserGuide {

	static final String GUIDE = "/cypher/guide/directive-graph.html";

	static final String STYLE = "/cypher/style/directive-graph.grass";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+)(?::([A-Za-z0-9/_.-]+))?}}");

	private BrowserGuide() {
	}

	/** The guide, its queries filled in, links pointing at {@code base}. */
	public static String render(String base) {
		String template = read(GUIDE);
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = switch (m.group(1)) {
				case "base" -> base;
				case "query" -> CypherFiles.load("queries/" + m.group(2));
				default -> throw new IllegalStateException("Unknown placeholder " + m.group() + " in " + GUIDE);
			};
			m.appendReplacement(out, Matcher.quoteReplacement(HtmlUtils.htmlEscape(value, "UTF-8")));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** The GraSS style, as Browser's {@code :style <url>} reads it. */
	public static String style() {
		StringBuilder kinds = new StringBuilder();
		for (io.directivegraph.extract.citation.DocumentKinds.Kind kind : io.directivegraph.extract.citation.DocumentKinds
			.defaults()
			.all()) {
			kinds.append("node.")
				.append(io.directivegraph.domain.DocumentIds.label(kind.value()))
				.append(" {\n  color: ")
				.append(kind.colour())
				.append(";\n  border-color: ")
				.append(kind.border())
				.append(";\n}\n");
		}
		StringBuilder statuses = new StringBuilder();
		for (io.directivegraph.task.StatusVocabulary.Entry status : io.directivegraph.task.StatusVocabulary.all()) {
			statuses.append("node.")
				.append(status.label())
				.append(" {\n  color: ")
				.append(status.colour())
				.append(";\n  border-color: ")
				.append(status.border())
				.append(";\n  text-color-internal: ")
				.append(status.text())
				.append(";\n}\n");
		}
		StringBuilder relations = new StringBuilder();
		for (io.directivegraph.extract.citation.RelationTypes.Type type : io.directivegraph.extract.citation.RelationTypes
			.all()) {
			relations.append("relationship.")
				.append(type.type())
				.append(" {\n  color: ")
				.append(type.colour())
				.append(";\n  shaft-width: ")
				.append(type.width())
				.append("px;\n  text-color-internal: #FFFFFF;\n}\n");
		}
		// The kinds', statuses' and relations' colours come from their registries, as on
		// the page.
		return read(STYLE).replace("{{kinds}}\n", kinds)
			.replace("{{statuses}}\n", statuses)
			.replace("{{relations}}\n", relations);
	}

	private static String read(String path) {
		try (InputStream in = BrowserGuide.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("No " + path + " on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
