package io.directivegraph.extract.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Short words with the misreadings OCR gives them ({@code extract/ocr-words.tsv}): the
 * one place a rule gets "của" and its readings from, as a regular-expression alternation,
 * so that all rules accept the same ones.
 */
public final class OcrWords {

	private static final Map<String, List<String>> READINGS = load();

	private OcrWords() {
	}

	/**
	 * {@code (?:cua|…)}: the word and its readings, for a pattern on folded text.
	 * @throws IllegalArgumentException for a word the file does not list
	 */
	public static String alternation(String word) {
		List<String> readings = READINGS.get(word);
		if (readings == null) {
			throw new IllegalArgumentException("extract/ocr-words.tsv lists no readings of '" + word + "'");
		}
		return "(?:" + String.join("|", readings) + ")";
	}

	/** The word and its readings, the word first. */
	public static List<String> readings(String word) {
		return READINGS.getOrDefault(word, List.of(word));
	}

	private static Map<String, List<String>> load() {
		Map<String, List<String>> readings = new LinkedHashMap<>();
		for (String[] row : DataFiles.rows("/extract/ocr-words.tsv")) {
			List<String> forms = List.of(row[1].strip().split("\\s+"));
			if (!forms.get(0).equals(row[0])) {
				throw new IllegalStateException(
						"extract/ocr-words.tsv: the readings of '" + row[0] + "' must start with the word itself");
			}
			readings.put(row[0], forms);
		}
		return Map.copyOf(readings);
	}

}
