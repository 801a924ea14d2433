package io.directivegraph.extract.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import io.directivegraph.extract.citation.DocumentKinds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scan finds what {@link Matcher#find()} finds in the same region, with the filters the
 * extractor gives it.
 */
class PatternScanTest {

	private static final String TEXT = folded("003_10fced73fa7337e4.txt") + "\n" + folded("001_8cb44f0713b8000c.txt");

	private static final DocumentKinds KINDS = DocumentKinds.defaults();

	private static final Pattern KIND_WORD = Pattern.compile("(?<kw>" + KINDS.wordPatternAtWordStart() + ")(?![a-z])");

	private static final PatternScan KIND_WORDS = PatternScan.startingWithPhrases(KIND_WORD, KINDS.words());

	private static final Pattern NUMBER = Pattern.compile("(?<![a-z0-9/.\\-])\\d{1,5}\\s*[-/]\\s*[a-z]{2,4}(?![a-z])");

	private static final PatternScan NUMBERS = PatternScan.startingWith(NUMBER, "0123456789",
			"abcdefghijklmnopqrstuvwxyz0123456789/.-");

	/** Headings and bold markers: line-start characters. */
	private static final Pattern HEADING = Pattern.compile("\\*\\*|(?m)^\\s{0,3}#{1,6}(?=\\s)");

	private static final PatternScan HEADINGS = PatternScan.startingWithOrAtLineStart(HEADING, "*", "# \t\n\u000B\f\r");

	private static final PatternScan.Group GROUP = new PatternScan.Group(List.of(KIND_WORDS, NUMBERS, HEADINGS));

	@Test
	void findsEveryKindWordAndNumberOfTheSeeds() {
		assertThat(found(KIND_WORDS, 0, TEXT.length())).hasSizeGreaterThan(1000)
			.isEqualTo(expected(KIND_WORD, 0, TEXT.length()));
		assertThat(found(NUMBERS, 0, TEXT.length())).hasSizeGreaterThan(200)
			.isEqualTo(expected(NUMBER, 0, TEXT.length()));
	}

	@Property(tries = 200)
	void findsWhatTheMatcherFindsInAnyRegion(@ForAll @IntRange(min = 0, max = 800_000) int start,
			@ForAll @IntRange(min = 0, max = 3_000) int length) {
		int from = Math.min(start, TEXT.length());
		int to = Math.min(TEXT.length(), from + length);
		assertThat(found(KIND_WORDS, from, to)).isEqualTo(expected(KIND_WORD, from, to));
		assertThat(found(NUMBERS, from, to)).isEqualTo(expected(NUMBER, from, to));
	}

	@Property(tries = 200)
	void aGroupFindsWhatEachScanFinds(@ForAll @IntRange(min = 0, max = 800_000) int start,
			@ForAll @IntRange(min = 0, max = 30_000) int length) {
		int from = Math.min(start, TEXT.length());
		int to = Math.min(TEXT.length(), from + length);
		PatternScan.Group.Candidates candidates = GROUP.candidates(TEXT, from, to);
		assertThat(found(KIND_WORDS.in(candidates))).isEqualTo(expected(KIND_WORD, from, to));
		assertThat(found(NUMBERS.in(candidates))).isEqualTo(expected(NUMBER, from, to));
		assertThat(found(HEADINGS.in(candidates))).isEqualTo(expected(HEADING, from, to));
	}

	@Test
	void regionBoundsAreOpaqueAsInAMatcherRegion() {
		String text = "xde an ke hoachy ke hoach";
		// At the region's start nothing before it is seen; at its end nothing after.
		assertThat(found(KIND_WORDS, 1, 15, text)).containsExactly("1-6", "7-15");
		assertThat(found(KIND_WORDS, 1, 15, text)).isEqualTo(expected(KIND_WORD, 1, 15, text));
		assertThat(found(KIND_WORDS, 0, text.length(), text)).containsExactly("17-25");
		Pattern anchored = Pattern.compile("^ke\\s+hoach$");
		PatternScan scan = PatternScan.startingWith(anchored, "k", "");
		assertThat(found(scan, 7, 15, text)).isEqualTo(expected(anchored, 7, 15, text)).containsExactly("7-15");
		assertThat(found(scan, 6, 15, text)).isEqualTo(expected(anchored, 6, 15, text)).isEmpty();
	}

	private static List<String> found(PatternScan.Scan s) {
		List<String> found = new ArrayList<>();
		while (s.find()) {
			found.add(s.start() + "-" + s.end());
		}
		return found;
	}

	private static List<String> found(PatternScan scan, int from, int to) {
		return found(scan, from, to, TEXT);
	}

	private static List<String> found(PatternScan scan, int from, int to, String text) {
		List<String> found = new ArrayList<>();
		PatternScan.Scan s = scan.in(text, from, to);
		while (s.find()) {
			found.add(s.start() + "-" + s.end());
		}
		return found;
	}

	private static List<String> expected(Pattern pattern, int from, int to) {
		return expected(pattern, from, to, TEXT);
	}

	private static List<String> expected(Pattern pattern, int from, int to, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(text).region(from, to);
		while (m.find()) {
			found.add(m.start() + "-" + m.end());
		}
		return found;
	}

	private static String folded(String seed) {
		return Folding.fold(read(seed));
	}

	private static String read(String seed) {
		try {
			return Files.readString(Path.of("import/documents", seed));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
