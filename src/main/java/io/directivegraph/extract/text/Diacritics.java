package io.directivegraph.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the diacritics back on Vietnamese text that lost them ("Ban To chuc Tinh uy" to
 * "Ban Tổ chức Tỉnh ủy"). A Vietnamese word is a chain of syllables, each of which, once
 * its marks are stripped, could be any of a handful of syllables ("to": tổ, tờ, tô, tỏ,
 * to…); which one is meant is read from its neighbours. The model counts, in clean text
 * the project ships ({@code restore/*.txt}, the gazetteer, the kinds), each syllable,
 * each pair and each triple of syllables; a line is restored by the most probable chain
 * of candidates (Viterbi over pairs of syllables, a trigram model with back-off).
 * Syllables the model never saw are left as written, and so is the case of every letter.
 *
 * <p>
 * Deterministic, offline, and built once per JVM from the shipped text when first used
 * (about a second). {@code DiacriticsEvaluation} measures it on text it did not learn
 * from.
 */
public final class Diacritics {

	/**
	 * A word: a run of letters (a Vietnamese syllable, or a foreign word or an acronym).
	 */
	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	/**
	 * A word of OCR'd text: letters, and the digits OCR reads for letters ("1a", "b9").
	 */
	private static final Pattern DAMAGED_WORD = Pattern.compile("[\\p{L}\\d]*\\p{L}[\\p{L}\\d]*");

	/** Back-off weight of a shorter context ("stupid back-off"). */
	private static final double BACK_OFF = 0.4;

	private static final double LOG_BACK_OFF = Math.log(BACK_OFF);

	/**
	 * States more than this far (in natural log) behind the best one reaching the same
	 * syllable are not extended: they cannot win back e^12 with the next syllables.
	 */
	private static final double BEAM = 12;

	/**
	 * Readings of the syllable before extended at each step, the strongest ones: a word
	 * of a scan can have dozens of candidates through the OCR channel.
	 */
	private static final int WIDTH = 8;

	/** Readings of a stripped syllable considered, the most frequent first. */
	private static final int MAX_FORMS = 8;

	/**
	 * The shipped training text: the files {@code restore/index.txt} lists (clean seeds,
	 * documents written for the project), the gazetteer and the kinds.
	 */
	private static final List<String> EXTRA = List.of("/gazetteer/agencies.csv", "/gazetteer/provinces.csv",
			"/extract/kinds.tsv");

	private static volatile Diacritics defaults;

	/** Syllable ids: a syllable's id is its index in {@link #syllables}. */
	private final Map<String, Integer> ids = new HashMap<>();

	private final List<String> syllables = new ArrayList<>();

	/**
	 * Per folded syllable, the ids of the syllables it can stand for, most frequent
	 * first.
	 */
	private final Map<String, int[]> forms = new HashMap<>();

	private int[] unigrams = new int[1024];

	/** Pairs and triples of ids, packed 21 bits an id. */
	private final LongCounts bigrams = new LongCounts();

	private final LongCounts trigrams = new LongCounts();

	private long total;

	/** The stripped syllables an OCR'd word may stand for (built with the model). */
	private Channel channel;

	private Diacritics() {
	}

	/** The model of the shipped training text, built on first use. */
	public static Diacritics defaults() {
		Diacritics model = defaults;
		if (model == null) {
			synchronized (Diacritics.class) {
				model = defaults;
				if (model == null) {
					List<String> texts = new ArrayList<>();
					for (String resource : trainingResources()) {
						texts.add(read(resource));
					}
					model = train(texts);
					defaults = model;
				}
			}
		}
		return model;
	}

	/** The class-path resources the shipped model is built from. */
	public static List<String> trainingResources() {
		List<String> resources = new ArrayList<>();
		for (String line : read("/restore/index.txt").split("\n")) {
			if (!line.isBlank()) {
				resources.add("/restore/" + line.strip());
			}
		}
		resources.addAll(EXTRA);
		return resources;
	}

	/** The text of a class-path resource, UTF-8. */
	public static String resource(String name) {
		return read(name);
	}

	/** A model of these clean texts. */
	public static Diacritics train(List<String> texts) {
		Diacritics model = new Diacritics();
		Map<String, Map<Integer, Integer>> byFolded = new HashMap<>();
		for (String text : texts) {
			for (String line : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).split("\n")) {
				List<String> words = syllables(line);
				int a = -1;
				int b = -1;
				for (String word : words) {
					int c = model.id(word);
					byFolded.computeIfAbsent(Folding.fold(word), (k) -> new HashMap<>()).merge(c, 1, Integer::sum);
					model.unigrams[c]++;
					model.total++;
					if (b >= 0) {
						model.bigrams.add(pair(b, c));
					}
					if (a >= 0) {
						model.trigrams.add(triple(a, b, c));
					}
					a = b;
					b = c;
				}
			}
		}
		byFolded.forEach((folded, counts) -> model.forms.put(folded,
				counts.entrySet()
					.stream()
					.sorted(Map.Entry.<Integer, Integer>comparingByValue()
						.reversed()
						.thenComparing((e) -> model.syllables.get(e.getKey())))
					.mapToInt(Map.Entry::getKey)
					.limit(MAX_FORMS)
					.toArray()));
		model.channel = new Channel(model.forms.keySet());
		return model;
	}

	private int id(String syllable) {
		Integer id = this.ids.get(syllable);
		if (id == null) {
			id = this.syllables.size();
			if (id >= 1 << 21) {
				throw new IllegalStateException("more than 2^21 syllables in the training text");
			}
			this.ids.put(syllable, id);
			this.syllables.add(syllable);
			if (id >= this.unigrams.length) {
				this.unigrams = java.util.Arrays.copyOf(this.unigrams, this.unigrams.length * 2);
			}
		}
		return id;
	}

	private static long pair(int a, int b) {
		return ((long) a << 21) | b;
	}

	private static long triple(int a, int b, int c) {
		return ((long) a << 42) | ((long) b << 21) | c;
	}

	/** The lower-case syllables of a line, in order. */
	private static List<String> syllables(String line) {
		List<String> syllables = new ArrayList<>();
		Matcher m = WORD.matcher(line);
		while (m.find()) {
			syllables.add(m.group().toLowerCase(Locale.ROOT));
		}
		return syllables;
	}

	/**
	 * The text as a damaged copy would give it: every mark removed, {@code đ} written
	 * {@code d}, case kept; one character for one character (text in NFC).
	 */
	public static String strip(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char folded = Folding.fold(c);
			out.append(Character.isUpperCase(c) ? Character.toUpperCase(folded) : folded);
		}
		return out.toString();
	}

	/**
	 * Text from a source that lost its diacritics, as it should read: marks the OCR put
	 * wrongly removed ("biéu"), known OCR confusions repaired ("Pang" to "Dang"), then
	 * the diacritics restored ("Đảng"). Same length, same case.
	 */
	public String restoreDamaged(String written, OcrRepairs repairs) {
		if (written == null) {
			return null;
		}
		String stripped = strip(written);
		char[] folded = Folding.fold(stripped).toCharArray();
		repairs.apply(folded);
		for (int i = 0; i < folded.length; i++) {
			if (Character.isUpperCase(stripped.charAt(i))) {
				folded[i] = Character.toUpperCase(folded[i]);
			}
		}
		// Where the scan wrote a mark it read something, not always the right thing
		// ("sé" for "số", "chét" for "chốt"): those words weigh their near syllables too.
		java.util.BitSet marked = new java.util.BitSet();
		for (int i = 0; i < written.length() && i < stripped.length(); i++) {
			if (written.charAt(i) != stripped.charAt(i)) {
				marked.set(i);
			}
		}
		return restoreLine(new String(folded), true, marked);
	}

	/** Near syllables weighed for a word whose mark the scan may have misread. */
	private static final int MISREAD_OPTIONS = 3;

	/** How many different syllables the model knows. */
	public int syllableCount() {
		return this.syllables.size();
	}

	/**
	 * The text with its diacritics restored, line by line; every character that is not
	 * part of a restored word is kept, so the text keeps its length and its lines. Words
	 * that already carry a diacritic, and words the model does not know, are kept as
	 * written.
	 */
	public String restore(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			out.append(restoreLine(text.substring(start, end), false, null));
			if (end < text.length()) {
				out.append('\n');
			}
			start = end + 1;
		}
		return out.toString();
	}

	/**
	 * One line restored. Plain: each word's candidates are the syllables it is a stripped
	 * form of, and the line keeps its length. Damaged (OCR): a word that is no syllable
	 * at all ("chirc", "lugng", "1anh") also gets the syllables a few OCR edits away,
	 * each at the cost of its edits, and may come back longer or shorter.
	 */
	private String restoreLine(String line, boolean damaged, java.util.BitSet marked) {
		Matcher m = (damaged ? DAMAGED_WORD : WORD).matcher(line);
		List<int[]> spans = new ArrayList<>();
		List<int[]> candidates = new ArrayList<>();
		List<double[]> costs = new ArrayList<>();
		while (m.find()) {
			String word = m.group();
			String lower = word.toLowerCase(Locale.ROOT);
			int[] options = hasDiacritic(word) ? null : this.forms.get(lower);
			spans.add(new int[] { m.start(), m.end() });
			// In scanned text a "word" without a vowel is an abbreviation or a misread
			// syllable ("dn" for "án"): both readings are weighed.
			if (options != null && damaged && !hasVowel(lower)) {
				options = null;
			}
			if (options != null && damaged && marked != null && marked.get(m.start(), m.end()).cardinality() > 0) {
				// A misread letter may still spell a syllable ("sé" for "số"): its near
				// syllables are weighed too, each at the cost of its edits.
				// Only the likeliest few: every candidate multiplies the trigrams
				// weighed.
				Channel.Options near = this.channel.near(lower, this.forms, known(word));
				double[] rank = new double[near.ids().length];
				Integer[] order = new Integer[rank.length];
				for (int k = 0; k < order.length; k++) {
					order[k] = k;
					rank[k] = (near.ids()[k] < 0) ? Double.MAX_VALUE
							: near.costs()[k] - Math.log(unigram(near.ids()[k]));
				}
				java.util.Arrays.sort(order, java.util.Comparator.comparingDouble((Integer k) -> rank[k]));
				java.util.Set<Integer> present = new java.util.HashSet<>();
				for (int id : options) {
					present.add(id);
				}
				int[] ids = java.util.Arrays.copyOf(options, options.length + MISREAD_OPTIONS);
				double[] prices = new double[ids.length];
				int added = options.length;
				for (int k = 0; k < order.length && added < ids.length; k++) {
					int id = near.ids()[order[k]];
					if (id >= 0 && present.add(id)) {
						ids[added] = id;
						prices[added++] = near.costs()[order[k]];
					}
				}
				candidates.add(java.util.Arrays.copyOf(ids, added));
				costs.add(java.util.Arrays.copyOf(prices, added));
			}
			else if (options != null) {
				candidates.add(options);
				costs.add(new double[options.length]);
			}
			else if (damaged && !hasDiacritic(word)) {
				Channel.Options near = this.channel.near(lower, this.forms, known(word));
				candidates.add(near.ids());
				costs.add(near.costs());
			}
			else {
				// A word the model cannot restore is kept: as a known syllable if it is
				// one, else as an unknown (-1) that breaks no chain.
				candidates.add(new int[] { known(word) });
				costs.add(new double[1]);
			}
		}
		if (spans.isEmpty()) {
			return line;
		}
		int[] chosen = viterbi(candidates, costs);
		StringBuilder out = new StringBuilder(line.length() + 8);
		int at = 0;
		for (int i = 0; i < spans.size(); i++) {
			int[] span = spans.get(i);
			out.append(line, at, span[0]);
			String written = line.substring(span[0], span[1]);
			String restored = (chosen[i] < 0) ? written : withCase(this.syllables.get(chosen[i]), written);
			// Plain text keeps its length: a restored syllable has the length of the
			// written one (the marks are combined into the letters).
			out.append((damaged || restored.length() == written.length()) ? restored : written);
			at = span[1];
		}
		out.append(line, at, line.length());
		return out.toString();
	}

	private static boolean hasVowel(String lower) {
		for (int i = 0; i < lower.length(); i++) {
			if ("aeiouy".indexOf(lower.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private int known(String word) {
		Integer id = this.ids.get(word.toLowerCase(Locale.ROOT));
		return (id != null) ? id : -1;
	}

	/** The most probable chain of candidates under the trigram model. */
	private int[] viterbi(List<int[]> candidates, List<double[]> costs) {
		int n = candidates.size();
		// State at position i: (candidate at i-1, candidate at i); scores in log space.
		// Position 0: the one before is a virtual start.
		int[][][] back = new int[n][][];
		int[] start = { -2 };
		double[][] score = new double[1][candidates.get(0).length];
		for (int b = 0; b < candidates.get(0).length; b++) {
			score[0][b] = Math.log(unigram(candidates.get(0)[b])) - costs.get(0)[b];
		}
		for (int i = 1; i < n; i++) {
			int[] before = (i >= 2) ? candidates.get(i - 2) : start;
			int[] prev = candidates.get(i - 1);
			int[] current = candidates.get(i);
			double[] cost = costs.get(i);
			double[][] next = new double[prev.length][current.length];
			int[][] from = new int[prev.length][current.length];
			// The best score reaching each b, to skip states far behind it.
			double[] ceiling = new double[prev.length];
			java.util.Arrays.fill(ceiling, Double.NEGATIVE_INFINITY);
			for (int a = 0; a < score.length; a++) {
				for (int b = 0; b < prev.length; b++) {
					ceiling[b] = Math.max(ceiling[b], score[a][b]);
				}
			}
			for (double[] row : next) {
				java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
			}
			boolean[] extended = strongest(ceiling, WIDTH);
			for (int b = 0; b < prev.length; b++) {
				if (!extended[b]) {
					continue;
				}
				for (int c = 0; c < current.length; c++) {
					// What does not depend on the syllable two back: once per (b, c).
					double backedOff = Math.log(backedOff(prev[b], current[c]));
					double best = Double.NEGATIVE_INFINITY;
					int bestA = 0;
					for (int a = 0; a < score.length; a++) {
						if (score[a][b] < ceiling[b] - BEAM) {
							continue;
						}
						double s = score[a][b] + trigramOr(before[a], prev[b], current[c], backedOff);
						if (s > best) {
							best = s;
							bestA = a;
						}
					}
					next[b][c] = best - cost[c];
					from[b][c] = bestA;
				}
			}
			score = next;
			back[i] = from;
		}
		// The best final state, then back along the pointers.
		int bestA = 0;
		int bestB = 0;
		double best = Double.NEGATIVE_INFINITY;
		for (int a = 0; a < score.length; a++) {
			for (int b = 0; b < score[a].length; b++) {
				if (score[a][b] > best) {
					best = score[a][b];
					bestA = a;
					bestB = b;
				}
			}
		}
		int[] pick = new int[n];
		pick[n - 1] = bestB;
		if (n > 1) {
			pick[n - 2] = bestA;
		}
		for (int i = n - 1; i >= 2; i--) {
			pick[i - 2] = back[i][pick[i - 1]][pick[i]];
		}
		int[] chosen = new int[n];
		for (int i = 0; i < n; i++) {
			chosen[i] = candidates.get(i)[pick[i]];
		}
		return chosen;
	}

	/** Which of the scores are among the {@code k} highest (ties: the first ones). */
	private static boolean[] strongest(double[] scores, int k) {
		boolean[] keep = new boolean[scores.length];
		if (scores.length <= k) {
			java.util.Arrays.fill(keep, true);
			return keep;
		}
		for (int round = 0; round < k; round++) {
			int best = -1;
			for (int i = 0; i < scores.length; i++) {
				if (!keep[i] && (best < 0 || scores[i] > scores[best])) {
					best = i;
				}
			}
			keep[best] = true;
		}
		return keep;
	}

	/**
	 * log P(c | a b) when the triple was seen, else {@code logBackedOff} (the back-off to
	 * P(c | b) and P(c), weighted as a back-off from a triple); a is negative at the
	 * start of a line or after an unknown word.
	 */
	private double trigramOr(int a, int b, int c, double logBackedOff) {
		if (a >= 0 && b >= 0 && c >= 0) {
			int abc = this.trigrams.get(triple(a, b, c));
			if (abc > 0) {
				return Math.log(abc / (double) this.bigrams.get(pair(a, b)));
			}
		}
		return (a >= 0) ? LOG_BACK_OFF + logBackedOff : logBackedOff;
	}

	/** P(c | b), backing off to P(c); b is negative after an unknown word. */
	private double backedOff(int b, int c) {
		if (b >= 0 && c >= 0) {
			int bc = this.bigrams.get(pair(b, c));
			if (bc > 0) {
				return bc / (double) this.unigrams[b];
			}
		}
		return BACK_OFF * unigram(c);
	}

	private double unigram(int s) {
		// An unknown syllable (kept as written) costs as much as the rarest known one.
		return ((s >= 0) ? this.unigrams[s] : 0.5) / (double) this.total;
	}

	/** Counts by long key: open addressing, no boxing (millions of look-ups a second). */
	private static final class LongCounts {

		private long[] keys = new long[1 << 16];

		private int[] counts = new int[1 << 16];

		private int size;

		void add(long key) {
			int slot = slot(key);
			if (this.counts[slot] == 0) {
				this.keys[slot] = key;
				if (++this.size * 2 > this.keys.length) {
					this.counts[slot] = 1;
					grow();
					return;
				}
			}
			this.counts[slot]++;
		}

		int get(long key) {
			return this.counts[slot(key)];
		}

		private int slot(long key) {
			int mask = this.keys.length - 1;
			int slot = (int) (mix(key) & mask);
			while (this.counts[slot] != 0 && this.keys[slot] != key) {
				slot = (slot + 1) & mask;
			}
			return slot;
		}

		private void grow() {
			long[] oldKeys = this.keys;
			int[] oldCounts = this.counts;
			this.keys = new long[oldKeys.length * 2];
			this.counts = new int[oldCounts.length * 2];
			for (int i = 0; i < oldKeys.length; i++) {
				if (oldCounts[i] != 0) {
					int slot = slot(oldKeys[i]);
					this.keys[slot] = oldKeys[i];
					this.counts[slot] = oldCounts[i];
				}
			}
		}

		/** MurmurHash3's finaliser: every bit of the key reaches the low bits. */
		private static long mix(long key) {
			long h = key;
			h ^= h >>> 33;
			h *= 0xff51afd7ed558ccdL;
			h ^= h >>> 33;
			h *= 0xc4ceb9fe1a85ec53L;
			return h ^ (h >>> 33);
		}

	}

	private static boolean hasDiacritic(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (Folding.hasDiacritic(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The restored syllable with the case of the written word (all capitals, capitalised,
	 * lower).
	 */
	static String withCase(String restored, String written) {
		if (restored.length() != written.length()) {
			boolean allUpper = written.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
			if (allUpper) {
				return restored.toUpperCase(Locale.ROOT);
			}
			return Character.isUpperCase(written.charAt(0))
					? Character.toUpperCase(restored.charAt(0)) + restored.substring(1) : restored;
		}
		StringBuilder out = new StringBuilder(restored.length());
		for (int i = 0; i < restored.length(); i++) {
			char w = written.charAt(i);
			char r = restored.charAt(i);
			out.append(Character.isUpperCase(w) ? Character.toUpperCase(r) : r);
		}
		return out.toString();
	}

	private static String read(String resource) {
		try (InputStream in = Diacritics.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
