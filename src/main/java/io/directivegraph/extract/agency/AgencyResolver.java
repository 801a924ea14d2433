package io.directivegraph.extract.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.directivegraph.extract.agency.Gazetteer.Agency;

/**
 * Surface form to canonical agency. Exact lookups go through the folded forms of the
 * gazetteer; OCR-damaged forms ("ban t6 chirc tinh iy") through a similarity of at least
 * {@value #MIN_SIMILARITY} with a gazetteer form of about the same number of words. A
 * phrase that looks like an agency but matches nothing is still reported by the caller,
 * flagged as unknown.
 */
public final class AgencyResolver {

	static final double MIN_SIMILARITY = 0.78;

	private final Gazetteer gazetteer;

	public AgencyResolver(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
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
		Match best = null;
		for (var entry : this.gazetteer.forms().entrySet()) {
			String form = entry.getKey();
			int formWords = form.split(" ").length;
			if (formWords < 2 || exact.isPresent() && formWords <= exact.get().words()) {
				continue;
			}
			for (int n = Math.max(1, formWords - 1); n <= Math.min(words.size(), formWords + 1); n++) {
				double similarity = similarity(String.join(" ", words.subList(0, n)), form);
				if (similarity >= MIN_SIMILARITY && (best == null || similarity > best.similarity())) {
					best = new Match(entry.getValue(), n, similarity);
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
		Match best = null;
		for (var entry : this.gazetteer.forms().entrySet()) {
			String form = entry.getKey();
			int formWords = form.split(" ").length;
			if (formWords < 2 || exact != null && formWords <= exact.words()) {
				continue;
			}
			for (int n = Math.max(1, formWords - 1); n <= Math.min(words.size(), formWords + 1); n++) {
				String candidate = String.join(" ", words.subList(words.size() - n, words.size()));
				double similarity = similarity(candidate, form);
				if (similarity >= MIN_SIMILARITY && (best == null || similarity > best.similarity()
						|| similarity == best.similarity() && n > best.words())) {
					best = new Match(entry.getValue(), n, similarity);
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
		for (String word : folded.split("[^a-z0-9@|]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
