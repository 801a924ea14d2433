package io.directivegraph.extract.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.directivegraph.extract.agency.Gazetteer.Agency;
import io.directivegraph.extract.text.EditSimilarity;

/**
 * Surface form to canonical agency. Exact lookups go through the folded forms of the
 * gazetteer; OCR-damaged forms ("ban t6 chirc tinh iy") through a similarity of at least
 * {@value #MIN_SIMILARITY} with a gazetteer form of about the same number of words whose
 * first (or last) word is intact or one edit away, and whose level words
 * ({@code extract/level-words.tsv}: bộ, sở, tỉnh, xã, trung ương …) are the phrase's, in
 * the same order: repairing spelling never changes an agency's level ("bộ y tế" is not
 * "sở y tế"). A phrase that looks like an agency but matches nothing is still reported by
 * the caller, flagged as unknown.
 */
public final class AgencyResolver {

	static final double MIN_SIMILARITY = 0.78;

	/** Words that mark an agency's level or kind: kept exactly by approximate matches. */
	private static final java.util.Set<String> LEVEL_WORDS = java.util.Set
		.copyOf(io.directivegraph.extract.text.DataFiles.rows("/extract/level-words.tsv")
			.stream()
			.map((row) -> row[0].strip())
			.toList());

	/** Past this many words looked up, the caches of near forms stop growing. */
	private static final int CACHE_LIMIT = 20_000;

	private final Gazetteer gazetteer;

	/**
	 * Forms by their first and by their last word: the only forms worth comparing
	 * approximately.
	 */
	private final Map<String, List<String>> byFirstWord = new HashMap<>();

	private final Map<String, List<String>> byLastWord = new HashMap<>();

	/**
	 * The forms near a word (indexed under it or under a word one edit away), worked out
	 * once per word: most words that open a clause have none, and are rejected at once.
	 */
	private final Map<String, List<Form>> nearFirst = new ConcurrentHashMap<>();

	private final Map<String, List<Form>> nearLast = new ConcurrentHashMap<>();

	/** The gazetteer forms as trees of words, read forwards and backwards. */
	private final WordNode forwards = new WordNode();

	private final WordNode backwards = new WordNode();

	/** A gazetteer form, its words and its agency. */
	private record Form(String key, String[] parts, Agency agency) {
	}

	public AgencyResolver(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
		for (Map.Entry<String, Agency> entry : gazetteer.forms().entrySet()) {
			String form = entry.getKey();
			String[] parts = form.split(" ");
			if (parts.length >= 2) {
				this.byFirstWord.computeIfAbsent(parts[0], (k) -> new ArrayList<>()).add(form);
				this.byLastWord.computeIfAbsent(parts[parts.length - 1], (k) -> new ArrayList<>()).add(form);
			}
			WordNode node = this.forwards;
			for (String part : parts) {
				node = node.child(part);
			}
			node.agency = entry.getValue();
			node = this.backwards;
			for (int i = parts.length - 1; i >= 0; i--) {
				node = node.child(parts[i]);
			}
			node.agency = entry.getValue();
		}
	}

	/** A resolved agency and how many words of the phrase it used. */
	public record Match(Agency agency, int words, double similarity) {
	}

	/** The longest gazetteer form that the words start with, exactly. */
	public Optional<Match> prefix(List<String> words) {
		WordNode node = this.forwards;
		Match longest = null;
		for (int n = 1; n <= words.size(); n++) {
			node = node.next(words.get(n - 1));
			if (node == null) {
				break;
			}
			if (node.agency != null) {
				longest = new Match(node.agency, n, 1.0);
			}
		}
		return Optional.ofNullable(longest);
	}

	/**
	 * Whether {@link #prefixApproximately(List)} can find anything in words starting with
	 * this one (false for null: no words).
	 */
	public boolean mayOpenAgency(String firstWord) {
		return firstWord != null && (this.forwards.next(firstWord) != null
				|| !near(firstWord, this.byFirstWord, this.nearFirst).isEmpty());
	}

	/**
	 * Like {@link #prefix(List)}, but accepting OCR-damaged forms ("ban thudng vu tinh
	 * uy") by similarity.
	 */
	public Optional<Match> prefixApproximately(List<String> words) {
		return prefix(words, true);
	}

	/**
	 * {@link #prefixApproximately(List)} when {@code repairSpelling} (text that lost its
	 * diacritics to OCR), else {@link #prefix(List)}: clean text is matched exactly, so a
	 * name missing from the gazetteer stays unknown instead of becoming a near one.
	 */
	public Optional<Match> prefix(List<String> words, boolean repairSpelling) {
		Optional<Match> exact = prefix(words);
		if (words.isEmpty() || !repairSpelling) {
			return exact;
		}
		List<Form> near = near(words.get(0), this.byFirstWord, this.nearFirst);
		if (near.isEmpty()) {
			return exact;
		}
		Match best = null;
		String[] joined = new String[words.size() + 1];
		for (Form form : near) {
			String[] parts = form.parts();
			int formWords = parts.length;
			if (exact.isPresent() && formWords <= exact.get().words()
					|| words.size() >= 2 && !closeWord(words.get(1), parts[1])) {
				continue;
			}
			for (int n = Math.max(1, formWords - 1); n <= Math.min(words.size(), formWords + 1); n++) {
				if (joined[n] == null) {
					joined[n] = String.join(" ", words.subList(0, n));
				}
				double similarity = similarity(joined[n], form.key());
				if (similarity >= MIN_SIMILARITY && (best == null || similarity > best.similarity())
						&& sameLevelWords(words.subList(0, n), parts)) {
					best = new Match(form.agency(), n, similarity);
				}
			}
		}
		// An exact match of a real name wins; only a short exact one ("tinh uy") yields
		// to a longer damaged one.
		if (best != null && (exact.isEmpty() || exact.get().words() <= 2 && best.words() >= exact.get().words() + 2)) {
			return Optional.of(best);
		}
		return exact;
	}

	/**
	 * The agency that the words end with, exactly or approximately: the best of the
	 * gazetteer forms compared with the last n words for every plausible n.
	 */
	public Optional<Match> suffix(List<String> words) {
		return suffix(words, true);
	}

	/**
	 * The agency that the words end with: exactly, and approximately only when
	 * {@code repairSpelling} (see {@link #prefix(List, boolean)}).
	 */
	public Optional<Match> suffix(List<String> words, boolean repairSpelling) {
		int max = Math.min(words.size(), this.gazetteer.longestForm() + 1);
		Match exact = null;
		WordNode node = this.backwards;
		for (int n = 1; n <= max; n++) {
			node = node.next(words.get(words.size() - n));
			if (node == null) {
				break;
			}
			if (node.agency != null) {
				exact = new Match(node.agency, n, 1.0);
			}
		}
		if (words.isEmpty() || !repairSpelling) {
			return Optional.ofNullable(exact);
		}
		Match best = null;
		String[] joined = new String[words.size() + 1];
		for (Form form : near(words.get(words.size() - 1), this.byLastWord, this.nearLast)) {
			String[] parts = form.parts();
			int formWords = parts.length;
			if (exact != null && formWords <= exact.words()
					|| words.size() >= 2 && !closeWord(words.get(words.size() - 2), parts[formWords - 2])) {
				continue;
			}
			for (int n = Math.max(1, formWords - 1); n <= Math.min(words.size(), formWords + 1); n++) {
				if (joined[n] == null) {
					joined[n] = String.join(" ", words.subList(words.size() - n, words.size()));
				}
				double similarity = similarity(joined[n], form.key());
				if (similarity >= MIN_SIMILARITY
						&& (best == null || similarity > best.similarity()
								|| similarity == best.similarity() && n > best.words())
						&& sameLevelWords(words.subList(words.size() - n, words.size()), parts)) {
					best = new Match(form.agency(), n, similarity);
				}
			}
		}
		// An OCR-damaged longer name ("ban t chire tinh uy") beats the exact short one it
		// ends with ("tinh uy").
		if (best != null && (exact == null || best.words() > exact.words())) {
			return Optional.of(best);
		}
		return Optional.ofNullable(exact);
	}

	/**
	 * Whether the phrase and the gazetteer form have the same level words in the same
	 * order ("bo y te" and "so y te" do not).
	 */
	static boolean sameLevelWords(List<String> phrase, String[] form) {
		int i = 0;
		for (String word : phrase) {
			if (!LEVEL_WORDS.contains(word)) {
				continue;
			}
			while (i < form.length && !LEVEL_WORDS.contains(form[i])) {
				i++;
			}
			if (i == form.length || !form[i].equals(word)) {
				return false;
			}
			i++;
		}
		while (i < form.length) {
			if (LEVEL_WORDS.contains(form[i++])) {
				return false;
			}
		}
		return true;
	}

	/** The near forms of a word, from the cache or worked out and cached. */
	private List<Form> near(String word, Map<String, List<String>> index, Map<String, List<Form>> cache) {
		List<Form> cached = cache.get(word);
		if (cached != null) {
			return cached;
		}
		List<Form> forms = new ArrayList<>();
		for (String form : near(word, index)) {
			forms.add(new Form(form, form.split(" "), this.gazetteer.byKey(form)));
		}
		List<Form> near = List.copyOf(forms);
		if (cache.size() < CACHE_LIMIT) {
			cache.put(word, near);
		}
		return near;
	}

	/** Forms indexed under this word or under a word one edit away from it. */
	private static List<String> near(String word, Map<String, List<String>> index) {
		List<String> forms = new ArrayList<>(index.getOrDefault(word, List.of()));
		if (word.length() < 2) {
			return forms;
		}
		for (Map.Entry<String, List<String>> entry : index.entrySet()) {
			String candidate = entry.getKey();
			if (!candidate.equals(word) && Math.abs(candidate.length() - word.length()) <= 1
					&& oneEditApart(candidate, word)) {
				forms.addAll(entry.getValue());
			}
		}
		return forms;
	}

	/** Gazetteer forms as a tree of words. */
	private static final class WordNode {

		private Map<String, WordNode> children;

		private Agency agency;

		WordNode child(String word) {
			if (this.children == null) {
				this.children = new HashMap<>();
			}
			return this.children.computeIfAbsent(word, (k) -> new WordNode());
		}

		WordNode next(String word) {
			return (this.children != null) ? this.children.get(word) : null;
		}

	}

	/** Equal, one edit apart, or both short (OCR turns "tổ" into "t", "t6", "to"). */
	private static boolean closeWord(String a, String b) {
		return a.equals(b) || a.length() <= 2 && b.length() <= 3 || oneEditApart(a, b);
	}

	static boolean oneEditApart(String a, String b) {
		if (a.length() > b.length()) {
			return oneEditApart(b, a);
		}
		int i = 0;
		while (i < a.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (i == a.length()) {
			return b.length() - a.length() <= 1;
		}
		if (a.length() == b.length()) {
			return a.regionMatches(i + 1, b, i + 1, a.length() - i - 1);
		}
		return b.length() == a.length() + 1 && a.regionMatches(i, b, i + 1, a.length() - i);
	}

	/**
	 * 1 - Levenshtein distance / length of the longer string, or 0 when that is under
	 * {@link #MIN_SIMILARITY}.
	 */
	static double similarity(String a, String b) {
		return EditSimilarity.atLeast(a, b, MIN_SIMILARITY);
	}

	/**
	 * How many words a lookup can look at from its end of the phrase: results of
	 * {@link #prefix(List, boolean)} and {@link #suffix(List, boolean)} depend on no
	 * more, so callers may memoise them by that many words.
	 */
	public int window() {
		return this.gazetteer.longestForm() + 1;
	}

	public Gazetteer gazetteer() {
		return this.gazetteer;
	}

	/** The first of {@link #words(String)}, or null if there is none. */
	public static String firstWord(String folded) {
		int start = 0;
		while (start < folded.length() && !isWordChar(folded.charAt(start))) {
			start++;
		}
		int end = start;
		while (end < folded.length() && isWordChar(folded.charAt(end))) {
			end++;
		}
		return (start < end) ? folded.substring(start, end) : null;
	}

	/** Splits folded text into the words used for matching (letters and digits only). */
	public static List<String> words(String folded) {
		List<String> words = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= folded.length(); i++) {
			boolean inWord = i < folded.length() && isWordChar(folded.charAt(i));
			if (inWord && start < 0) {
				start = i;
			}
			else if (!inWord && start >= 0) {
				words.add(folded.substring(start, i));
				start = -1;
			}
		}
		return words;
	}

	private static boolean isWordChar(char c) {
		return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '@' || c == '|';
	}

}
