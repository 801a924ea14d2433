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
		// Each word a quoted term: nothing in it is syntax, not even the operators
		// AND, OR, NOT or a lone "-"; a word of punctuation only finds nothing and is
		// left out.
		String query = Arrays.stream(words.strip().split("\\s+"))
			.filter((w) -> w.codePoints().anyMatch(Character::isLetterOrDigit))
			.map((w) -> "+\"" + w.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(" "));
		return query.isEmpty() ? null : query;
	}

}
