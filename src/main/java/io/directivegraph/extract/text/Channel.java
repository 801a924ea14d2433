package io.directivegraph.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OCR channel of {@link Diacritics}: which stripped syllables an OCR'd word that is
 * no syllable may stand for, and at what cost. Candidates are found through their
 * deletions (a word and a syllable within two edits share a form with up to two letters
 * deleted, as in SymSpell), then priced by an edit distance in which the confusions OCR
 * makes of Vietnamese print are cheap: a digit for the letter it looks like ("1a" for
 * "la", "b9" for "bo"), "ii" or "ir" for "u" ("ciia", "chirc"), "g" for "o" ("lugng").
 * The cost is in units of log-probability: the language model weighs it against how well
 * each candidate fits its neighbours.
 */
final class Channel {

	/** Cost of one ordinary edit, in natural log units. */
	private static final double EDIT = 3.0;

	/** Cost of a confusion OCR often makes. */
	private static final double CONFUSION = 1.2;

	/** The most edits between a word and a candidate. */
	private static final int MAX_EDITS = 2;

	/** Syllables sharing a deleted form beyond which the form is not looked at. */
	private static final int CROWDED = 48;

	/** Candidates kept per word, the cheapest first. */
	private static final int KEEP = 6;

	/** Single letters OCR reads for others, both ways: {@code "1l"} means 1 for l. */
	private static final String[] LOOKALIKES = { "1l", "1i", "li", "0o", "6o", "9o", "9g", "go", "ce", "eo", "ao", "tc",
			"rn", "iu", "lt", "sa", "5s", "8b", "4a", "db", "hb", "da" };

	/** Strings OCR reads for one letter: the pair's first for its second. */
	private static final String[][] SPLITS = { { "ii", "u" }, { "ir", "u" }, { "ri", "n" }, { "rn", "m" },
			{ "cl", "d" }, { "tt", "u" }, { "ti", "u" } };

	private static final String CONSONANTS = "bcdghklmnpqrstvx";

	private static final String VOWELS = "aeiouy";

	private static int pairIndex(char a, char b) {
		return (a << 8) | b;
	}

	/** The candidates of a word: syllable ids and their costs. */
	record Options(int[] ids, double[] costs) {
	}

	/**
	 * Stripped syllables by each form with one or two letters deleted (and themselves).
	 */
	private final Map<String, List<String>> byDeletion = new HashMap<>();

	/**
	 * Look-alike pairs of letters below 256, as a bit per (a, b): no boxing per letter
	 * compared.
	 */
	private final java.util.BitSet cheap = new java.util.BitSet(1 << 16);

	Channel(Collection<String> strippedSyllables) {
		for (String syllable : strippedSyllables) {
			if (syllable.length() < 2) {
				continue;
			}
			for (String deleted : deletions(syllable, edits(syllable))) {
				this.byDeletion.computeIfAbsent(deleted, (k) -> new ArrayList<>(2)).add(syllable);
			}
		}
		for (String pair : LOOKALIKES) {
			this.cheap.set(pairIndex(pair.charAt(0), pair.charAt(1)));
			this.cheap.set(pairIndex(pair.charAt(1), pair.charAt(0)));
		}
	}

	/**
	 * The syllables a word may stand for, with their diacritized forms; the word kept as
	 * written is always an option, at the cost of an unknown word.
	 */
	Options near(String word, Map<String, int[]> forms, int known) {
		// Scanned text repeats its misreadings ("ciia", "dé", "Pang"): each is weighed
		// once. The model's forms never change, so the word decides the answer.
		if (MEMO == 0) {
			return compute(word, forms, known);
		}
		Options cached = this.memo.get(word);
		if (cached != null) {
			return cached;
		}
		Options computed = compute(word, forms, known);
		if (this.memo.size() >= MEMO) {
			this.memo.clear();
		}
		this.memo.put(word, computed);
		return computed;
	}

	/**
	 * Words whose options are remembered, at most (then forgotten all at once); 0 (system
	 * property {@code directivegraph.channel.memo}) for none, to measure a first reading.
	 */
	private static final int MEMO = Integer.getInteger("directivegraph.channel.memo", 50_000);

	private final java.util.concurrent.ConcurrentHashMap<String, Options> memo = new java.util.concurrent.ConcurrentHashMap<>();

	private Options compute(String word, Map<String, int[]> forms, int known) {
		List<int[]> found = new ArrayList<>();
		List<Double> prices = new ArrayList<>();
		if (word.length() >= 2) {
			Map<String, Double> best = new HashMap<>();
			if (word.length() <= 3) {
				// Few letters: a deletion is shared by too many syllables to index; the
				// word's single edits are looked up instead (a hundred or so).
				for (String edited : singleEdits(word)) {
					if (forms.containsKey(edited) && !best.containsKey(edited)) {
						double cost = cost(word, edited);
						if (cost <= EDIT) {
							best.put(edited, cost);
						}
					}
				}
			}
			Set<String> keys = new HashSet<>();
			for (String variant : (word.length() <= 3) ? Set.<String>of() : variants(word)) {
				keys.addAll(deletions(variant, edits(variant)));
			}
			for (String deleted : keys) {
				List<String> syllables = this.byDeletion.get(deleted);
				// A form shared by very many syllables ("an", "ng") says nothing.
				if (syllables == null || syllables.size() > CROWDED) {
					continue;
				}
				for (String syllable : syllables) {
					if (!best.containsKey(syllable)) {
						double cost = cost(word, syllable);
						// A short word is too easy to mistake: one edit at most.
						if (cost < MAX_EDITS * EDIT && (word.length() > 3 || cost <= EDIT)) {
							best.put(syllable, cost);
						}
					}
				}
			}
			best.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.limit(KEEP)
				.forEach((e) -> {
					for (int id : forms.get(e.getKey())) {
						found.add(new int[] { id });
						prices.add(e.getValue());
					}
				});
		}
		else if (word.length() == 1 && CONSONANTS.indexOf(word.charAt(0)) >= 0) {
			// A consonant alone is no syllable: OCR lost its vowel ("Đảng b tỉnh" for
			// "Đảng bộ tỉnh"); the syllables it opens with one vowel after it.
			for (char vowel : VOWELS.toCharArray()) {
				String edited = word + vowel;
				int[] ids = forms.get(edited);
				if (ids != null) {
					for (int id : ids) {
						found.add(new int[] { id });
						prices.add(EDIT);
					}
				}
			}
		}
		// Kept as written: a known word (an abbreviation) or an unknown one.
		found.add(new int[] { (known >= 0) ? known : -1 });
		prices.add(EDIT);
		int[] ids = new int[found.size()];
		double[] costs = new double[found.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = found.get(i)[0];
			costs[i] = prices.get(i);
		}
		return new Options(ids, costs);
	}

	/**
	 * The word, and the word with one of the strings OCR reads for one letter put back to
	 * that letter ("ciia" → "cua"): a split costs two deletions, too many to find by
	 * deletions alone.
	 */
	private static Set<String> variants(String word) {
		Set<String> out = new HashSet<>();
		out.add(word);
		for (String[] split : SPLITS) {
			int at = word.indexOf(split[0]);
			while (at >= 0) {
				out.add(word.substring(0, at) + split[1] + word.substring(at + split[0].length()));
				at = word.indexOf(split[0], at + 1);
			}
		}
		return out;
	}

	/** The letters of stripped Vietnamese syllables. */
	private static final String LETTERS = "abcdeghiklmnopqrstuvxy";

	/** Every string one substitution, insertion or deletion of a letter away. */
	private static Set<String> singleEdits(String word) {
		Set<String> out = new HashSet<>();
		for (int i = 0; i <= word.length(); i++) {
			String head = word.substring(0, i);
			for (int k = 0; k < LETTERS.length(); k++) {
				char c = LETTERS.charAt(k);
				out.add(head + c + word.substring(i));
				if (i < word.length()) {
					out.add(head + c + word.substring(i + 1));
				}
			}
			if (i < word.length()) {
				out.add(head + word.substring(i + 1));
			}
		}
		return out;
	}

	/** Deletions looked at: two for a word of five letters or more, else one. */
	private static int edits(String word) {
		return (word.length() >= 5) ? MAX_EDITS : 1;
	}

	/** The word, and every form of it with up to {@code edits} letters deleted. */
	private static Set<String> deletions(String word, int edits) {
		Set<String> out = new HashSet<>();
		out.add(word);
		for (int i = 0; i < word.length(); i++) {
			String one = word.substring(0, i) + word.substring(i + 1);
			out.add(one);
			if (edits >= 2) {
				for (int j = 0; j < one.length(); j++) {
					out.add(one.substring(0, j) + one.substring(j + 1));
				}
			}
		}
		return out;
	}

	/**
	 * Edit distance from what OCR read to a syllable: insert, delete, substitute at
	 * {@link #EDIT}, a look-alike letter or a split letter at {@link #CONFUSION}.
	 */
	double cost(String read, String syllable) {
		int n = read.length();
		int m = syllable.length();
		double[][] d = new double[n + 1][m + 1];
		for (int i = 0; i <= n; i++) {
			d[i][0] = i * EDIT;
		}
		for (int j = 0; j <= m; j++) {
			d[0][j] = j * EDIT;
		}
		for (int i = 1; i <= n; i++) {
			for (int j = 1; j <= m; j++) {
				char a = read.charAt(i - 1);
				char b = syllable.charAt(j - 1);
				double substitute = (a == b) ? 0
						: (a < 256 && b < 256 && this.cheap.get(pairIndex(a, b))) ? CONFUSION : EDIT;
				double best = Math.min(d[i - 1][j - 1] + substitute, Math.min(d[i - 1][j], d[i][j - 1]) + EDIT);
				for (String[] split : SPLITS) {
					int len = split[0].length();
					if (i >= len && split[1].charAt(0) == b && read.startsWith(split[0], i - len)) {
						best = Math.min(best, d[i - len][j - 1] + CONFUSION);
					}
				}
				d[i][j] = best;
			}
		}
		return d[n][m];
	}

}
