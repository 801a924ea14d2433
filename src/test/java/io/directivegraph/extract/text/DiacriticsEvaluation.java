package io.directivegraph.extract.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The restorer measured as OCR papers measure: clean Vietnamese text the model never
 * learned from (the hand-written fixture documents) has its marks removed, is restored,
 * and each syllable is compared with the original. Prints per family (Party / State /
 * provincial) and overall, and the speed. Run from the project folder:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.directivegraph.extract.text.DiacriticsEvaluation
 * </pre>
 */
public final class DiacriticsEvaluation {

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	/** Syllables compared and restored exactly. */
	public record Score(long syllables, long exact, long marked, long markedExact) {

		Score plus(Score other) {
			return new Score(this.syllables + other.syllables, this.exact + other.exact, this.marked + other.marked,
					this.markedExact + other.markedExact);
		}

		/** Share of syllables restored exactly. */
		public double accuracy() {
			return (this.syllables == 0) ? 1 : this.exact / (double) this.syllables;
		}

		/** Share of syllables that carried a mark and were restored exactly. */
		public double markedAccuracy() {
			return (this.marked == 0) ? 1 : this.markedExact / (double) this.marked;
		}

	}

	private DiacriticsEvaluation() {
	}

	/** Folds of the written documents: each is restored by a model built without it. */
	public static final int FOLDS = 4;

	/** The fixture documents (written for the project; shipped as training text too). */
	public static List<Path> heldOut() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures/documents"))) {
			return files.filter((f) -> f.toString().endsWith(".txt") || f.toString().endsWith(".md")).sorted().toList();
		}
	}

	/** A held-out text and the name it is reported under. */
	public record HeldOut(String name, String family, String text) {
	}

	/**
	 * Cross-validation: every written document restored by a model built from the shipped
	 * text without its fold, every clean seed by one built without that seed.
	 * @param seeds whether to hold out the clean seeds too (slower: one model per seed)
	 */
	public static java.util.Map<HeldOut, Score> crossValidate(boolean seeds) throws IOException {
		java.util.Map<HeldOut, Score> scores = new java.util.LinkedHashMap<>();
		foldModels().forEach((held, model) -> scores.put(held, score(model, held.text())));
		java.util.Map<String, String> training = new java.util.LinkedHashMap<>();
		for (String resource : Diacritics.trainingResources()) {
			training.put(resource, Diacritics.resource(resource));
		}
		if (seeds) {
			for (String resource : training.keySet()) {
				if (resource.startsWith("/restore/0")) {
					Diacritics model = Diacritics.train(training.entrySet()
						.stream()
						.filter((e) -> !e.getKey().equals(resource))
						.map(java.util.Map.Entry::getValue)
						.toList());
					String name = resource.substring(resource.lastIndexOf('/') + 1);
					HeldOut held = new HeldOut(name, "seed", training.get(resource));
					scores.put(held, score(model, held.text()));
				}
			}
		}
		return scores;
	}

	/**
	 * Syllables compared under OCR noise: all of them, and those of agency names and
	 * kinds.
	 */
	public record NoisyScore(Score all, Score names) {

		NoisyScore plus(NoisyScore other) {
			return new NoisyScore(this.all.plus(other.all), this.names.plus(other.names));
		}

	}

	/** Agency names of the gazetteer and document kind names, longest first. */
	private static final Pattern NAMES = names();

	private static Pattern names() {
		List<String> names = new ArrayList<>();
		io.directivegraph.extract.agency.Gazetteer.defaults().agencies().forEach((a) -> names.add(a.name()));
		io.directivegraph.extract.citation.DocumentKinds.defaults().all().forEach((k) -> names.add(k.name()));
		names.removeIf((n) -> n == null || n.isBlank());
		names.sort(java.util.Comparator.comparingInt(String::length).reversed());
		return Pattern.compile(
				"(?<!\\p{L})(?:" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")(?!\\p{L})",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * Folds of the written documents, each with the model built without it: the same
	 * split as {@link #crossValidate(boolean)}.
	 */
	public static java.util.Map<HeldOut, Diacritics> foldModels() throws IOException {
		java.util.Map<String, String> training = new java.util.LinkedHashMap<>();
		for (String resource : Diacritics.trainingResources()) {
			training.put(resource, Diacritics.resource(resource));
		}
		java.util.Map<HeldOut, Diacritics> models = new java.util.LinkedHashMap<>();
		List<String> written = training.keySet().stream().filter((r) -> r.startsWith("/restore/written/")).toList();
		for (int fold = 0; fold < FOLDS; fold++) {
			List<String> out = new ArrayList<>();
			for (int i = fold; i < written.size(); i += FOLDS) {
				out.add(written.get(i));
			}
			Diacritics model = Diacritics.train(training.entrySet()
				.stream()
				.filter((e) -> !out.contains(e.getKey()))
				.map(java.util.Map.Entry::getValue)
				.toList());
			for (String resource : out) {
				String name = resource.substring(resource.lastIndexOf('/') + 1);
				models.put(new HeldOut(name, name.replaceFirst("-.*", ""), training.get(resource)), model);
			}
		}
		return models;
	}

	/**
	 * One text damaged by {@link OcrNoise} at {@code rate}, restored line by line as
	 * scanned text is, compared syllable by syllable: a line whose syllables no longer
	 * line up counts as wrong throughout.
	 */
	public static NoisyScore scoreDamaged(Diacritics model, String clean, double rate, long seed) {
		OcrRepairs repairs = OcrRepairs.defaults();
		String[] originals = Normalizer.normalize(clean, Normalizer.Form.NFC).split("\n", -1);
		String[] damaged = OcrNoise.damage(String.join("\n", originals), rate, seed).split("\n", -1);
		Score all = new Score(0, 0, 0, 0);
		Score names = new Score(0, 0, 0, 0);
		for (int l = 0; l < originals.length; l++) {
			List<String> expected = words(originals[l]);
			if (expected.isEmpty()) {
				continue;
			}
			String restored = model.restoreDamaged(damaged[l], repairs);
			List<String> actual = words((restored != null) ? restored : "");
			java.util.BitSet named = new java.util.BitSet();
			Matcher name = NAMES.matcher(originals[l]);
			while (name.find()) {
				int first = words(originals[l].substring(0, name.start())).size();
				named.set(first, first + words(name.group()).size());
			}
			long exact = 0;
			long namedSyllables = named.cardinality();
			long namedExact = 0;
			if (expected.size() == actual.size()) {
				for (int i = 0; i < expected.size(); i++) {
					if (expected.get(i).equals(actual.get(i))) {
						exact++;
						namedExact += named.get(i) ? 1 : 0;
					}
				}
			}
			all = all.plus(new Score(expected.size(), exact, 0, 0));
			names = names.plus(new Score(namedSyllables, namedExact, 0, 0));
		}
		return new NoisyScore(all, names);
	}

	/** One text stripped of its marks, restored, compared syllable by syllable. */
	public static Score score(Diacritics model, String clean) {
		String original = Normalizer.normalize(clean, Normalizer.Form.NFC);
		String restored = model.restore(Diacritics.strip(original));
		List<String> expected = words(original);
		List<String> actual = words(restored);
		if (expected.size() != actual.size()) {
			throw new IllegalStateException("restoring changed the words: " + expected.size() + " → " + actual.size());
		}
		long exact = 0;
		long marked = 0;
		long markedExact = 0;
		for (int i = 0; i < expected.size(); i++) {
			boolean same = expected.get(i).equals(actual.get(i));
			exact += same ? 1 : 0;
			if (!Diacritics.strip(expected.get(i)).equals(expected.get(i))) {
				marked++;
				markedExact += same ? 1 : 0;
			}
		}
		return new Score(expected.size(), exact, marked, markedExact);
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			words.add(m.group());
		}
		return words;
	}

	/**
	 * Titles as the product shows them (each document's title and its tasks'), read from
	 * a clean document by the extractor, stripped of their marks and restored by a model
	 * built without that document: the syllables restored exactly.
	 */
	public static Score titles(java.util.Map<HeldOut, Diacritics> folds) {
		io.directivegraph.extract.Extractor extractor = io.directivegraph.extract.Extractor.defaults();
		Score total = new Score(0, 0, 0, 0);
		for (java.util.Map.Entry<HeldOut, Diacritics> fold : folds.entrySet()) {
			var extraction = extractor.extract(fold.getKey().name(),
					fold.getKey().text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			List<String> titles = new ArrayList<>();
			for (var document : extraction.documents()) {
				if (document.document().title() != null) {
					titles.add(document.document().title());
				}
				document.tasks().forEach((t) -> titles.add(t.title()));
			}
			total = total.plus(score(fold.getValue(), String.join("\n", titles)));
		}
		return total;
	}

	/** The rates of misread syllables reported, besides marks lost everywhere. */
	public static final double[] NOISE_LEVELS = { 0, 0.05, 0.1, 0.2 };

	public static void main(String[] args) throws IOException {
		java.util.Map<HeldOut, Diacritics> folds = foldModels();
		Score titles = titles(folds);
		System.out.printf(Locale.ROOT,
				"titles (documents and tasks) stripped and restored: %.3f of %d syllables exact%n", titles.accuracy(),
				titles.syllables());
		for (double rate : NOISE_LEVELS) {
			java.util.Map<String, NoisyScore> byFamily = new java.util.TreeMap<>();
			NoisyScore total = new NoisyScore(new Score(0, 0, 0, 0), new Score(0, 0, 0, 0));
			for (java.util.Map.Entry<HeldOut, Diacritics> fold : folds.entrySet()) {
				NoisyScore score = scoreDamaged(fold.getValue(), fold.getKey().text(), rate, 42);
				byFamily.merge(fold.getKey().family(), score, NoisyScore::plus);
				total = total.plus(score);
			}
			StringBuilder families = new StringBuilder();
			byFamily.forEach((family, score) -> families
				.append(String.format(Locale.ROOT, "  %s %.3f", family, score.all().accuracy())));
			System.out.printf(Locale.ROOT,
					"OCR noise %.2f of syllables misread (all marks lost): %.3f syllables exact, %.3f of agency-name and kind syllables (%d);%s%n",
					rate, total.all().accuracy(), total.names().accuracy(), total.names().syllables(), families);
		}
		long built = System.nanoTime();
		Diacritics model = Diacritics.defaults();
		System.out.printf(Locale.ROOT, "shipped model: %,d syllables, built in %.1f s%n", model.syllableCount(),
				(System.nanoTime() - built) / 1e9);
		Score all = new Score(0, 0, 0, 0);
		java.util.Map<String, Score> families = new java.util.TreeMap<>();
		long started = System.nanoTime();
		for (java.util.Map.Entry<HeldOut, Score> e : crossValidate(true).entrySet()) {
			Score score = e.getValue();
			families.merge(e.getKey().family(), score, Score::plus);
			if (!e.getKey().family().equals("seed")) {
				all = all.plus(score);
			}
			System.out.printf(Locale.ROOT, "  %-60s %6d syllables  %.3f exact  %.3f of marked%n", e.getKey().name(),
					score.syllables(), score.accuracy(), score.markedAccuracy());
		}
		long chars = 0;
		for (Path file : heldOut()) {
			chars += Files.readString(file).length();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		families.forEach(
				(family, score) -> System.out.printf(Locale.ROOT, "%-6s %7d syllables  %.3f exact  %.3f of marked%n",
						family, score.syllables(), score.accuracy(), score.markedAccuracy()));
		System.out.printf(Locale.ROOT, "written %7d syllables  %.3f exact  %.3f of marked (%d folds)%n",
				all.syllables(), all.accuracy(), all.markedAccuracy(), FOLDS);
		System.out.printf(Locale.ROOT, "cross-validation in %.1f s%n", seconds);
		List<String> texts = new ArrayList<>();
		for (Path file : heldOut()) {
			texts.add(Diacritics.strip(Normalizer.normalize(Files.readString(file), Normalizer.Form.NFC)));
		}
		double fastest = Double.MAX_VALUE;
		long sink = 0;
		for (int round = 1; round <= 8; round++) {
			long t0 = System.nanoTime();
			for (String text : texts) {
				sink += model.restore(text).length();
			}
			fastest = Math.min(fastest, (System.nanoTime() - t0) / 1e9);
		}
		// The fastest of 8 rounds: the machine is shared, its load comes and goes.
		System.out.printf(Locale.ROOT, "warm: %.2f MB/s (fastest of 8 rounds; sink %d)%n", chars / 1048576.0 / fastest,
				sink);
	}

}
