package io.directivegraph.extract.text;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern in a region of text, as {@link Matcher#find()} does on
 * {@code matcher.region(from, to)}, but tries the pattern only at the offsets where a
 * match can start: those whose character can open one and whose previous character does
 * not forbid it (what a leading {@code (?<![a-z])} says), and, for patterns that open
 * with a phrase from a list, where one of those phrases begins. A scan of the whole text
 * by the regex engine costs tens of nanoseconds a character; this costs a table lookup.
 * <p>
 * The filter must be implied by the pattern: it never skips an offset where the pattern
 * could match. The pattern must not match the empty string. Look-aheads and anchors see
 * the region as they would in {@link Matcher#find()}: nothing after {@code to}, and at
 * {@code from} nothing before it; look-behinds see the text before the offset tried
 * (which is the same for those of one character).
 */
public final class PatternScan {

	private final Pattern pattern;

	/** The characters that can start a match: no other can. */
	private final boolean[] first;

	/** Characters below 128 after which no match starts. */
	private final boolean[] notAfter;

	/**
	 * The phrases a match starts with, as a character tree (a space stands for any run of
	 * whitespace); null for any.
	 */
	private final Node words;

	/**
	 * Characters that start a match only at the start of a line (after a line terminator,
	 * or at the region's start): what {@code (?m)^} before them says.
	 */
	private final boolean[] atLineStart;

	/** The one character that opens every match, or 0 if there are several. */
	private final char single;

	/** A last test of the offsets the others let through; null for none. */
	private final Check check;

	/**
	 * The scan whose tests these are: scans sharing them (the same words for two
	 * patterns) have their candidates found once in a {@link Group}.
	 */
	private final PatternScan filter;

	/**
	 * A test of an offset of the region ending at {@code to} that must hold wherever the
	 * pattern matches.
	 */
	@FunctionalInterface
	public interface Check {

		boolean mayStartAt(CharSequence text, int offset, int to);

	}

	private PatternScan(Pattern pattern, String firstChars, String notAfterChars, Collection<String> words,
			String lineStartChars) {
		this.pattern = pattern;
		this.check = null;
		this.filter = this;
		this.notAfter = new boolean[128];
		this.atLineStart = new boolean[128];
		for (char c : lineStartChars.toCharArray()) {
			this.atLineStart[c] = true;
		}
		int size = 0;
		for (char c : firstChars.toCharArray()) {
			size = Math.max(size, c + 1);
		}
		this.first = new boolean[size];
		for (char c : firstChars.toCharArray()) {
			this.first[c] = true;
		}
		this.single = (firstChars.chars().distinct().count() == 1) ? firstChars.charAt(0) : 0;
		for (char c : notAfterChars.toCharArray()) {
			if (c < 128) {
				this.notAfter[c] = true;
			}
		}
		if (words == null) {
			this.words = null;
		}
		else {
			this.words = new Node();
			for (String word : words) {
				this.words.add(word);
			}
		}
	}

	/**
	 * A pattern whose matches start with one of these characters, not after one of those.
	 */
	public static PatternScan startingWith(Pattern pattern, String firstChars, String notAfterChars) {
		return new PatternScan(pattern, firstChars, notAfterChars, null, "");
	}

	/**
	 * A pattern whose matches start with one of the characters {@code anywhere}, or with
	 * one of the ASCII characters {@code atLineStart} at the start of a line only.
	 */
	public static PatternScan startingWithOrAtLineStart(Pattern pattern, String anywhere, String atLineStart) {
		return new PatternScan(pattern, anywhere + atLineStart, "", null, atLineStart);
	}

	/**
	 * A pattern whose matches start with one of these phrases of folded words, with any
	 * whitespace ({@code \\s+}) between words, not after a letter a-z: a pattern built by
	 * {@link WordAlternation#of(Collection, boolean)} on these phrases.
	 */
	public static PatternScan startingWithPhrases(Pattern pattern, Collection<String> phrases) {
		return startingWithPhrases(pattern, phrases, true);
	}

	/**
	 * A pattern whose matches start with one of these phrases of folded words, with any
	 * whitespace between words; only at the start of a word (not after a letter a-z) when
	 * {@code wordStart}.
	 */
	public static PatternScan startingWithPhrases(Pattern pattern, Collection<String> phrases, boolean wordStart) {
		StringBuilder firstChars = new StringBuilder();
		for (String phrase : phrases) {
			firstChars.append(phrase.charAt(0));
		}
		return new PatternScan(pattern, firstChars.toString(), wordStart ? "abcdefghijklmnopqrstuvwxyz" : "", phrases,
				"");
	}

	/** This scan with one more test of the offsets, which the pattern must imply. */
	public PatternScan checking(Check check) {
		return new PatternScan(this, this.pattern, check, false);
	}

	/**
	 * Another pattern with the same tests of the offsets (which it must imply): a
	 * {@link Group} finds their candidates once for both.
	 */
	public PatternScan withPattern(Pattern pattern) {
		return new PatternScan(this, pattern, this.check, true);
	}

	private PatternScan(PatternScan scan, Pattern pattern, Check check, boolean sameFilter) {
		this.pattern = pattern;
		this.first = scan.first;
		this.single = scan.single;
		this.notAfter = scan.notAfter;
		this.words = scan.words;
		this.atLineStart = scan.atLineStart;
		this.check = check;
		this.filter = sameFilter ? scan.filter : this;
	}

	public Pattern pattern() {
		return this.pattern;
	}

	/** The matches in the whole text. */
	public Scan in(CharSequence text) {
		return new Scan(text, 0, text.length(), null);
	}

	/** The matches in {@code [from, to)} of the text. */
	public Scan in(CharSequence text, int from, int to) {
		return new Scan(text, from, to, null);
	}

	/**
	 * The matches in {@code [from, to)} of the text, trying only the offsets a
	 * {@link Group} found for this scan in the same region.
	 */
	public Scan in(Group.Candidates candidates) {
		return new Scan(candidates.text, candidates.from, candidates.to, candidates.of(this));
	}

	/** Whether the pattern matches anywhere in the text. */
	public boolean foundIn(CharSequence text) {
		return in(text).find();
	}

	/** Whether a match may start at {@code i} of the region {@code [from, to)}. */
	boolean mayStartAt(CharSequence text, int i, int from, int to) {
		if (i >= to) {
			// Only an empty match can start at the end; the filters assume a character.
			return false;
		}
		char c = text.charAt(i);
		if (c >= this.first.length || !this.first[c]) {
			return false;
		}
		return mayStartAfter(text, i, c, from, to);
	}

	/** The tests after the first character's. */
	private boolean mayStartAfter(CharSequence text, int i, char c, int from, int to) {
		if (i > from) {
			char before = text.charAt(i - 1);
			if (before < 128 && this.notAfter[before]) {
				return false;
			}
			if (c < 128 && this.atLineStart[c] && !isLineTerminator(before)) {
				return false;
			}
		}
		return (this.words == null || this.words.startsAt(text, i, to))
				&& (this.check == null || this.check.mayStartAt(text, i, to));
	}

	/**
	 * Scans run over the same region: the offsets where each may match are found in one
	 * pass over the text, by a table from each character to the scans it can start.
	 */
	public static final class Group {

		private final List<PatternScan> scans;

		/** The distinct tests of the scans: each scan's candidates are its filter's. */
		private final List<PatternScan> filters = new java.util.ArrayList<>();

		/** Per character, a bit for each filter that a match can start with it. */
		private final long[] byChar;

		/** Per ASCII character, a bit for each filter that no match follows it. */
		private final long[] blockedAfter = new long[128];

		public Group(List<PatternScan> scans) {
			this.scans = List.copyOf(scans);
			for (PatternScan scan : scans) {
				if (!this.filters.contains(scan.filter)) {
					this.filters.add(scan.filter);
				}
			}
			if (this.filters.size() > 64) {
				throw new IllegalArgumentException("at most 64 distinct filters in a group");
			}
			int size = 0;
			for (PatternScan filter : this.filters) {
				size = Math.max(size, filter.first.length);
			}
			this.byChar = new long[size];
			for (int k = 0; k < this.filters.size(); k++) {
				boolean[] first = this.filters.get(k).first;
				for (int c = 0; c < first.length; c++) {
					if (first[c]) {
						this.byChar[c] |= 1L << k;
					}
				}
				boolean[] notAfter = this.filters.get(k).notAfter;
				for (int c = 0; c < 128; c++) {
					if (notAfter[c]) {
						this.blockedAfter[c] |= 1L << k;
					}
				}
			}
		}

		/** The offsets of the region where each scan of the group may match. */
		public Candidates candidates(CharSequence text, int from, int to) {
			int[][] offsets = new int[this.filters.size()][];
			int[] counts = new int[this.filters.size()];
			for (int k = 0; k < offsets.length; k++) {
				offsets[k] = new int[16];
			}
			long[] table = this.byChar;
			for (int i = from; i < to; i++) {
				char c = text.charAt(i);
				if (c >= table.length || table[c] == 0) {
					continue;
				}
				long candidates = table[c];
				if (i > from) {
					// The filters a match cannot follow this character for (inside a
					// word,
					// for those that start words) are out at once.
					char before = text.charAt(i - 1);
					if (before < 128) {
						candidates &= ~this.blockedAfter[before];
					}
				}
				for (long bits = candidates; bits != 0; bits &= bits - 1) {
					int k = Long.numberOfTrailingZeros(bits);
					if (this.filters.get(k).mayStartAfter(text, i, c, from, to)) {
						if (counts[k] == offsets[k].length) {
							offsets[k] = java.util.Arrays.copyOf(offsets[k], counts[k] * 2);
						}
						offsets[k][counts[k]++] = i;
					}
				}
			}
			for (int k = 0; k < offsets.length; k++) {
				offsets[k] = java.util.Arrays.copyOf(offsets[k], counts[k]);
			}
			return new Candidates(this, text, from, to, offsets);
		}

		/** Where the scans of a group may match in one region. */
		public static final class Candidates {

			private final Group group;

			private final CharSequence text;

			private final int from;

			private final int to;

			private final int[][] offsets;

			Candidates(Group group, CharSequence text, int from, int to, int[][] offsets) {
				this.group = group;
				this.text = text;
				this.from = from;
				this.to = to;
				this.offsets = offsets;
			}

			int[] of(PatternScan scan) {
				if (!this.group.scans.contains(scan)) {
					throw new IllegalArgumentException("not a scan of this group");
				}
				return this.offsets[this.group.filters.indexOf(scan.filter)];
			}

		}

	}

	/** The matches of one scan, found one at a time. */
	public final class Scan {

		private final CharSequence text;

		private final int from;

		private final int to;

		/** Made when first needed: most scans of a short text find no candidate. */
		private Matcher matcher;

		/** The offsets to try, found beforehand; null to test every offset. */
		private final int[] candidates;

		private int candidate;

		private int next;

		Scan(CharSequence text, int from, int to, int[] candidates) {
			this.text = text;
			this.from = from;
			this.to = to;
			this.candidates = candidates;
			this.next = from;
		}

		/** Finds the next match; its groups are read from {@link #matcher()}. */
		public boolean find() {
			if (this.candidates != null) {
				while (this.candidate < this.candidates.length) {
					int i = this.candidates[this.candidate++];
					if (i >= this.next && tryAt(i)) {
						return true;
					}
				}
				this.next = this.to + 1;
				return false;
			}
			char single = PatternScan.this.single;
			for (int i = this.next; i < this.to; i++) {
				if (single != 0 && this.text instanceof String string) {
					// One character opens every match: jump to it.
					i = string.indexOf(single, i);
					if (i < 0 || i >= this.to) {
						break;
					}
				}
				if (mayStartAt(this.text, i, this.from, this.to) && tryAt(i)) {
					return true;
				}
			}
			this.next = this.to + 1;
			return false;
		}

		private boolean tryAt(int i) {
			// At the region's start nothing before it is seen, as in a region; further
			// on, what precedes is.
			boolean atStart = i == this.from;
			if (this.matcher == null) {
				// Nothing after the region may be seen: the matcher reads a text that
				// ends there.
				this.matcher = PatternScan.this.pattern
					.matcher((this.to == this.text.length()) ? this.text : new Prefix(this.text, this.to));
			}
			this.matcher.useTransparentBounds(!atStart).useAnchoringBounds(atStart).region(i, this.to);
			if (this.matcher.lookingAt()) {
				this.next = (this.matcher.end() == i) ? i + 1 : this.matcher.end();
				return true;
			}
			return false;
		}

		public Matcher matcher() {
			return this.matcher;
		}

		public int start() {
			return this.matcher.start();
		}

		public int end() {
			return this.matcher.end();
		}

		public String group(String name) {
			return this.matcher.group(name);
		}

		public int start(String group) {
			return this.matcher.start(group);
		}

		public int end(String group) {
			return this.matcher.end(group);
		}

	}

	/** What {@code (?m)^} takes for the end of a line. */
	private static boolean isLineTerminator(char c) {
		return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
	}

	/** A character tree of words: whether one of them begins at an offset. */
	private static final class Node {

		private final Node[] next = new Node[128];

		private boolean word;

		void add(String phrase) {
			Node node = this;
			for (char c : phrase.strip().replaceAll(" +", " ").toCharArray()) {
				if (c >= 128 || c != ' ' && isSpace(c)) {
					throw new IllegalArgumentException("phrases must be ASCII words and spaces: " + phrase);
				}
				if (node.next[c] == null) {
					node.next[c] = new Node();
				}
				node = node.next[c];
			}
			node.word = true;
		}

		boolean startsAt(CharSequence text, int offset, int end) {
			Node node = this;
			int i = offset;
			while (i < end) {
				char c = text.charAt(i);
				if (isSpace(c)) {
					// A space of the phrase is any run of whitespace in the text.
					node = node.next[' '];
					while (i + 1 < end && isSpace(text.charAt(i + 1))) {
						i++;
					}
				}
				else {
					node = (c < 128) ? node.next[c] : null;
				}
				if (node == null) {
					return false;
				}
				if (node.word) {
					return true;
				}
				i++;
			}
			return false;
		}

		/** What {@code \\s} matches. */
		private static boolean isSpace(char c) {
			return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
		}

	}

	/** The text up to an offset: what lies after it does not exist for the matcher. */
	private record Prefix(CharSequence text, int length) implements CharSequence {

		@Override
		public char charAt(int index) {
			if (index >= this.length) {
				throw new IndexOutOfBoundsException(index);
			}
			return this.text.charAt(index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			if (end > this.length) {
				throw new IndexOutOfBoundsException(end);
			}
			return this.text.subSequence(start, end);
		}

		@Override
		public String toString() {
			return this.text.subSequence(0, this.length).toString();
		}

	}

}
