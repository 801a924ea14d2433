package io.directivegraph.extract.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.directivegraph.extract.agency.Gazetteer.Agency;

/**
 * Surface form to canonical agency. Exact lookups go through the folded forms of the
 * gazetteer; OCR-damaged forms ("ban t6 chirc tinh iy") through a similarity of at least
 * {@value #MIN_SIMILARITY} with a gazetteer form of about the same number of words whose
 * first (or last) word is intact or one edit away. A phrase that looks like an agency but
 * matches nothing is still reported by the caller, flagged as unknown.
 */
public final class AgencyResolver {

	static final double MIN_SIMILARITY = 0.78;

	private final Gazetteer gazetteer;

	/**
	 * Forms by their first and by their last word: the only forms worth comparing
	 * approximately.
	 */
	private final Map<String, List<String>> byFirstWord = new HashMap<>();

	private final Map<String, List<String>> byLastWord = new HashMap<>();

	public AgencyResolver(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
		for (String form : gazetteer.forms().keySet()) {
			String[] parts = form.split(" ");
			if (parts.length >= 2) {
				this.byFirstWord.computeIfAbsent(parts[0], (k) -> new ArrayList<>()).add(form);
				this.byLastWord.computeIfAbsent(parts[parts.length - 1], (k) -> new ArrayList<>()).add(form);
			}
		}
	}

	/** A resolved agency and how many words of the phrase it used. */
	public record Match(Agency agency, int words, double similarity) {
	}

	/** The longest gazetteer form that the words start with, exactly. */
	public Optional<Match> prefix(List<String> words) {
		int max = Math.min(words.size(), this.gazetteer.longestForm());
		for (int n = max; n > 0; n--) {
			Agency agency = this.gazetteer.byKey(String.join(" ", words.subList(0, n)));
			if (agency != null) {
				return Optional.of(new Match(agency, n, 1.0));
			}
		}
		return Optional.empty();
	}

	/**
	 * Like {@link #prefix(List)}, but accepting OCR-damaged forms ("ban thudng vu tinh
	 * uy") by similarity.
	 */
	public Optional<Match> prefixApproximately(List<String> words) {
		Optional<Match> exact = prefix(words);
		if (words.isEmpty()) {
			return exact;
		}
		Match best = null;
		for (String form : near(words.get(0), this.byFirstWord)) {
			String[] parts = form.split(" ");
			int formWords = parts.length;
			if (exact.isPresent() && formWords <= exact.get().words()
					|| words.size() >= 2 && !closeWord(words.get(1), parts[1])) {
				continue;
			}
			for (int n = Math.max(1, formWords - 1); n <= Math.min(words.size(), formWords + 1); n++) {
				double similarity = similarity(String.join(" ", words.subList(0, n)), form);
				if (similarity >= MIN_SIMILARITY && (best == null || similarity > best.similarity())) {
					best = new Match(this.gazetteer.byKey(form), n, similarity);
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
		int max = Math.min(words.size(), this.gazetteer.longestForm() + 1);
		Match exact = null;
		for (int n = max; n > 0 && exact == null; n--) {
			Agency agency = this.gazetteer.byKey(String.join(" ", words.subList(words.size() - n, words.size())));
			if (agency != null) {
				exact = new Match(agency, n, 1.0);
			}
		}
		if (words.isEmpty()) {
			return Optional.ofNullable(exact);
		}
		Match best = null;
		for (String form : near(words.get(words.size() - 1), this.byLastWord)) {
			String[] parts = form.split(" ");
			int formWords = parts.length;
			if (exact != null && formWords <= exact.words()
					|| words.size() >= 2 && !closeWord(words.get(words.size() - 2), parts[formWords - 2])) {
				continue;
			}
			for (int n = Math.max(1, formWords - 1); n <= Math.min(words.size(), formWords + 1); n++) {
				String candidate = String.join(" ", words.subList(words.size() - n, words.size()));
				double similarity = similarity(candidate, form);
				if (similarity >= MIN_SIMILARITY && (best == null || similarity > best.similarity()
						|| similarity == best.similarity() && n > best.words())) {
					best = new Match(this.gazetteer.byKey(form), n, similarity);
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
			return a.substring(i + 1).equals(b.substring(i + 1));
		}
		return a.substring(i).equals(b.substring(i + 1));
	}

	/** 1 - Levenshtein distance / length of the longer string. */
	static double similarity(String a, String b) {
		int longer = Math.max(a.length(), b.length());
		if (longer == 0) {
			return 1.0;
		}
		if (Math.abs(a.length() - b.length()) > longer * (1 - MIN_SIMILARITY)) {
			return 0;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return 1.0 - (double) previous[b.length()] / longer;
	}

	public Gazetteer gazetteer() {
		return this.gazetteer;
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
