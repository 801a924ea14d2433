package io.directivegraph.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known OCR confusions, repaired in the folded text ({@code pang} for {@code dang},
 * {@code qb} for {@code qd}, {@code s6} for {@code so}, {@code quy |} for {@code quy i}).
 * Rules come from {@code extract/ocr-repairs.tsv}: a regular expression on folded text, a
 * tab, and its replacement, which must not be longer than what it replaces (the folded
 * text keeps the length of the original; shorter replacements are padded with spaces).
 * <p>
 * One pass over the text: at each offset, only the rules that can start with the
 * characters there are tried (worked out from the rules themselves, for the first
 * character, and for the first two once each pair is met), in the order of the file; the
 * first that matches is applied, and the offset is tried again, so that a rule can build
 * on the repair of another ({@code pang bq} to {@code dang bq} to {@code dang bo}).
 */
public final class OcrRepairs {

	/** Characters below this are dispatched by table; above it every rule is tried. */
	private static final int TABLE_SIZE = 256;

	private final List<Rule> rules;

	/** For each character below {@link #TABLE_SIZE}, the rules a match can start with. */
	private final Rule[][] byFirstChar;

	private final Rule[] all;

	/**
	 * For two ASCII characters, the rules a match can start with; filled as pairs are
	 * met.
	 */
	private final java.util.concurrent.atomic.AtomicReferenceArray<Rule[]> byFirstTwo = new java.util.concurrent.atomic.AtomicReferenceArray<>(
			128 * 128);

	private OcrRepairs(List<Rule> rules) {
		this.rules = rules;
		this.all = rules.toArray(new Rule[0]);
		this.byFirstChar = new Rule[TABLE_SIZE][];
		for (int c = 0; c < TABLE_SIZE; c++) {
			List<Rule> starting = new ArrayList<>();
			for (Rule rule : rules) {
				if (rule.mayStartWith((char) c)) {
					starting.add(rule);
				}
			}
			this.byFirstChar[c] = starting.toArray(new Rule[0]);
		}
	}

	/**
	 * @param start the characters every match starts with, one set per character (read
	 * off the regex), checked before the regex is tried
	 */
	private record Rule(int index, Pattern pattern, String replacement, boolean group, boolean anyStart,
			boolean[][] start) {

		static Rule of(int index, String regex, String replacement) {
			Pattern pattern = Pattern.compile(regex);
			boolean group = pattern.matcher("").groupCount() >= 1;
			// A positive lookbehind depends on text the start character says nothing
			// about: such a rule is tried everywhere.
			boolean anyStart = regex.contains("(?<=") || regex.contains("\\G");
			return new Rule(index, pattern, replacement, group, anyStart, startClasses(regex));
		}

		/**
		 * The sets of ASCII characters that the first characters of every match belong
		 * to, read off the regex: after a leading {@code \\b}, each literal letter or
		 * digit, {@code \\s}, {@code \\d}, escaped punctuation or plain character class
		 * that is not optional, up to the first other construct. None if the regex is an
		 * alternation at its top level.
		 */
		static boolean[][] startClasses(String regex) {
			List<boolean[]> classes = new ArrayList<>();
			if (topLevelAlternation(regex)) {
				return new boolean[0][];
			}
			int i = regex.startsWith("\\b") ? 2 : 0;
			while (i < regex.length()) {
				boolean[] set = new boolean[128];
				int next = atom(regex, i, set);
				if (next < 0) {
					break;
				}
				char quantifier = (next < regex.length()) ? regex.charAt(next) : 0;
				if (quantifier == '?' || quantifier == '*' || quantifier == '{') {
					break;
				}
				classes.add(set);
				if (quantifier == '+') {
					break;
				}
				i = next;
			}
			return classes.toArray(new boolean[0][]);
		}

		/**
		 * Reads one atom of the regex at {@code i} into the set; returns the offset after
		 * it, or -1 for an atom not read.
		 */
		private static int atom(String regex, int i, boolean[] set) {
			char c = regex.charAt(i);
			if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				set[c] = true;
				return i + 1;
			}
			if (c == '\\' && i + 1 < regex.length()) {
				return escape(regex.charAt(i + 1), set) ? i + 2 : -1;
			}
			if (c != '[' || i + 1 >= regex.length() || regex.charAt(i + 1) == '^') {
				return -1;
			}
			int j = i + 1;
			while (j < regex.length() && regex.charAt(j) != ']') {
				char d = regex.charAt(j);
				if (d == '\\' && j + 1 < regex.length()) {
					if (!escape(regex.charAt(j + 1), set)) {
						return -1;
					}
					j += 2;
				}
				else if (d == '[' || d == '&' || d >= 128) {
					return -1;
				}
				else if (j + 2 < regex.length() && regex.charAt(j + 1) == '-' && regex.charAt(j + 2) != ']') {
					char to = regex.charAt(j + 2);
					if (to >= 128 || to == '\\') {
						return -1;
					}
					for (char e = d; e <= to; e++) {
						set[e] = true;
					}
					j += 3;
				}
				else {
					set[d] = true;
					j++;
				}
			}
			return (j < regex.length()) ? j + 1 : -1;
		}

		/** Adds what an escape stands for; false for one not read. */
		private static boolean escape(char e, boolean[] set) {
			if (e == 's') {
				for (char w : new char[] { ' ', '\t', '\n', '\u000B', '\f', '\r' }) {
					set[w] = true;
				}
				return true;
			}
			if (e == 'd') {
				for (char d = '0'; d <= '9'; d++) {
					set[d] = true;
				}
				return true;
			}
			if (e < 128 && !Character.isLetterOrDigit(e)) {
				set[e] = true;
				return true;
			}
			return false;
		}

		private static boolean topLevelAlternation(String regex) {
			int depth = 0;
			boolean inClass = false;
			for (int i = 0; i < regex.length(); i++) {
				char c = regex.charAt(i);
				if (c == '\\') {
					i++;
				}
				else if (inClass) {
					inClass = c != ']';
				}
				else if (c == '[') {
					inClass = true;
				}
				else if (c == '(') {
					depth++;
				}
				else if (c == ')') {
					depth--;
				}
				else if (c == '|' && depth == 0) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Whether a match can start with {@code c}: it matches, or runs out of input
		 * before failing, after a word character or after nothing (which is what
		 * {@code \b} and negative lookbehinds look at).
		 */
		boolean mayStartWith(char c) {
			return mayStartWith(String.valueOf(c));
		}

		boolean mayStartWith(String start) {
			if (this.anyStart) {
				return true;
			}
			for (String before : new String[] { "", "a" }) {
				Matcher m = this.pattern.matcher(before + start)
					.region(before.length(), before.length() + start.length())
					.useTransparentBounds(true)
					.useAnchoringBounds(false);
				if (m.lookingAt() || m.hitEnd()) {
					return true;
				}
			}
			return false;
		}

	}

	public static OcrRepairs none() {
		return new OcrRepairs(List.of());
	}

	public static OcrRepairs load(InputStream in) {
		List<Rule> rules = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t");
				if (parts.length != 2) {
					throw new IllegalArgumentException("OCR repair rule needs 'regex<TAB>replacement': " + line);
				}
				rules.add(Rule.of(rules.size(), parts[0], parts[1]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new OcrRepairs(List.copyOf(rules));
	}

	public static OcrRepairs defaults() {
		try (InputStream in = OcrRepairs.class.getResourceAsStream("/extract/ocr-repairs.tsv")) {
			if (in == null) {
				throw new IllegalStateException("extract/ocr-repairs.tsv is missing from the classpath");
			}
			return load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Applies the rules to {@code folded} in one pass, in place, keeping its length.
	 */
	void apply(char[] folded) {
		if (this.rules.isEmpty()) {
			return;
		}
		Chars text = new Chars(folded);
		Matcher[] matchers = new Matcher[this.all.length];
		int retries = 0;
		int i = 0;
		while (i < folded.length) {
			char c = folded[i];
			Rule[] candidates = (c < TABLE_SIZE) ? this.byFirstChar[c] : this.all;
			if (candidates.length > 0 && c < 128 && i + 1 < folded.length && folded[i + 1] < 128) {
				candidates = startingWith(c, folded[i + 1]);
			}
			boolean changed = false;
			for (Rule rule : candidates) {
				if (!startsWith(folded, i, rule.start())) {
					continue;
				}
				Matcher m = matchers[rule.index()];
				if (m == null) {
					m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
					matchers[rule.index()] = m;
				}
				m.region(i, folded.length);
				if (m.lookingAt()) {
					changed = replace(folded, rule.group() ? m.start(1) : m.start(), rule.group() ? m.end(1) : m.end(),
							rule.replacement());
					break;
				}
			}
			// A repair may let another rule match here ("dang bq" after "pang bq"); the
			// bound stops rules that undo each other.
			if (changed && retries < this.all.length) {
				retries++;
			}
			else {
				retries = 0;
				i++;
			}
		}
	}

	private static boolean startsWith(char[] text, int offset, boolean[][] start) {
		if (offset + start.length > text.length) {
			return false;
		}
		for (int i = 0; i < start.length; i++) {
			char c = text[offset + i];
			if (c >= 128 || !start[i][c]) {
				return false;
			}
		}
		return true;
	}

	private Rule[] startingWith(char first, char second) {
		int index = first * 128 + second;
		Rule[] rules = this.byFirstTwo.get(index);
		if (rules == null) {
			List<Rule> starting = new ArrayList<>();
			for (Rule rule : this.byFirstChar[first]) {
				if (rule.mayStartWith("" + first + second)) {
					starting.add(rule);
				}
			}
			rules = starting.toArray(new Rule[0]);
			this.byFirstTwo.set(index, rules);
		}
		return rules;
	}

	private static boolean replace(char[] folded, int start, int end, String replacement) {
		boolean changed = false;
		for (int i = start; i < end; i++) {
			char c = (i - start < replacement.length()) ? replacement.charAt(i - start) : ' ';
			if (folded[i] != c) {
				folded[i] = c;
				changed = true;
			}
		}
		return changed;
	}

	/** The text being repaired, read live by the matchers. */
	private record Chars(char[] text) implements CharSequence {

		@Override
		public int length() {
			return this.text.length;
		}

		@Override
		public char charAt(int index) {
			return this.text[index];
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return new String(this.text, start, end - start);
		}

		@Override
		public String toString() {
			return new String(this.text);
		}

	}

}
