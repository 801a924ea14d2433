package io.directivegraph.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A user's search words as a Lucene query for the full-text indexes: every word required,
 * taken literally.
 */
public final class FullTextQuery {

	private FullTextQuery() {
	}

	/** The query for the words, or null when there are none. */
	public static String of(String words) {
		if (words == null || words.isBlank()) {
			return null;
		}
		String query = Arrays.stream(words.strip().split("\\s+"))
			.map((w) -> w.replaceAll("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|])", "\\\\$1"))
			.filter((w) -> !w.isBlank())
			.map((w) -> "+" + w)
			.collect(Collectors.joining(" "));
		return query.isEmpty() ? null : query;
	}

}
