package io.directivegraph.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A regular expression matching any of a list of phrases of folded words, with any
 * whitespace (line breaks too) between words. Written as a tree of words
 * ({@code nghi\s+(?:quyet(?:\s+lien\s+tich)?|dinh)}) behind a look-ahead on the first
 * letters, so that a scan rejects most offsets at once and tries few branches at the
 * others. Where several phrases match at one offset the longest is tried first, as in a
 * list sorted longest first.
 */
public final class WordAlternation {

	private WordAlternation() {
	}

	/** The alternation of the phrases (words separated by single spaces). */
	public static String of(Collection<String> phrases) {
		return of(phrases, false);
	}

	/**
	 * The alternation of the phrases, matching only at the start of a word (not after a
	 * letter a-z) when {@code wordStart}: the same as {@code (?<![a-z])} before it, but
	 * checked after the first letter, which rejects more offsets for less.
	 */
	public static String of(Collection<String> phrases, boolean wordStart) {
		List<List<String>> words = phrases.stream().map((p) -> List.of(p.strip().split(" +"))).toList();
		if (words.isEmpty()) {
			throw new IllegalArgumentException("no phrases");
		}
		StringBuilder first = new StringBuilder();
		words.stream()
			.map((w) -> w.get(0).charAt(0))
			.distinct()
			.sorted()
			.forEach((c) -> first.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c));
		return "(?=[" + first + "])" + (wordStart ? "(?<![a-z])" : "") + "(?:" + tree(words) + ")";
	}

	private static String tree(List<List<String>> words) {
		Map<String, List<List<String>>> byFirst = new LinkedHashMap<>();
		for (List<String> w : words) {
			byFirst.computeIfAbsent(w.get(0), (k) -> new ArrayList<>()).add(w.subList(1, w.size()));
		}
		// Longest first: a word that begins another ("luat" and "luatx") must not take
		// its place.
		List<String> firsts = byFirst.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.toList();
		List<String> alternatives = new ArrayList<>();
		for (String word : firsts) {
			List<List<String>> all = byFirst.get(word);
			List<List<String>> rests = all.stream().filter((r) -> !r.isEmpty()).toList();
			String quoted = word.matches("[a-z0-9]+") ? word : Pattern.quote(word);
			if (rests.isEmpty()) {
				alternatives.add(quoted);
			}
			else if (rests.size() < all.size()) {
				// The word alone is a phrase too: the longer phrases are tried first.
				alternatives.add(quoted + "(?:\\s+(?:" + tree(rests) + "))?");
			}
			else {
				alternatives.add(quoted + "\\s+(?:" + tree(rests) + ")");
			}
		}
		return String.join("|", alternatives);
	}

}
