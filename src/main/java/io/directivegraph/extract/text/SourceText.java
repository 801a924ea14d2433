package io.directivegraph.extract.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1b: the normalised text of one source file in three aligned views of the same
 * length, so that an offset found in one is valid in all, and {@link #lineOf(int)} gives
 * the original line of anything found.
 * <ul>
 * <li>{@link #text()}: NFC, line breaks as {@code \n} (NFD input gives the same
 * text);</li>
 * <li>{@link #plain()}: markup blanked out ({@code **}, {@code #}, {@code \*},
 * {@code <sup>n</sup>}), footnote markers recorded in {@link #footnoteMarks()}, and the
 * lines a portal wrapped around the document ({@link Wrappers});</li>
 * <li>{@link #folded()}: the plain text folded (see {@link Folding}) with OCR confusions
 * repaired: what the patterns of the later stages match.</li>
 * </ul>
 * Hard line breaks are left in place; the later stages treat a line break inside a
 * sentence as a space, and a number split as {@code 29-\nCT/TW} as one number.
 */
public final class SourceText {

	private static final Pattern SUP = Pattern.compile("<sup>\\s*([^<]{1,8}?)\\s*</sup>", Pattern.CASE_INSENSITIVE);

	private static final Pattern MARKUP = Pattern.compile("(?:"
			+ "\\*\\*|__|(?m)^\\s{0,3}#{1,6}(?=\\s)|\\\\(?=[\\\\*_#\\[\\]().\\-+!>`])|</?(?:b|i|u|em|strong|br)\\s*/?>)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BROKEN_AFTER_DASH = Pattern.compile("-\\s*\\n\\s*");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final PatternScan SUPS = PatternScan.startingWith(SUP, "<", "");

	/**
	 * Markup starts with one of {@code * _ \\ <}, or at the start of a line with a
	 * heading's {@code #} or the spaces before it.
	 */
	private static final PatternScan MARKUPS = PatternScan.startingWithOrAtLineStart(MARKUP, "*_\\<",
			"# \t\n\u000B\f\r");

	private final String text;

	private final String plain;

	private final String folded;

	private final int[] lineStarts;

	private final boolean hasDiacritics;

	private final boolean scanned;

	private final List<FootnoteMark> footnoteMarks;

	private final java.util.Map<Integer, Integer> footnotes;

	private final java.util.Map<String, String> wrapperFields;

	private SourceText(String text, String plain, String folded, int[] lineStarts, boolean hasDiacritics,
			boolean scanned, List<FootnoteMark> footnoteMarks, java.util.Map<Integer, Integer> footnotes,
			java.util.Map<String, String> wrapperFields) {
		this.scanned = scanned;
		this.footnotes = footnotes;
		this.wrapperFields = wrapperFields;
		this.text = text;
		this.plain = plain;
		this.folded = folded;
		this.lineStarts = lineStarts;
		this.hasDiacritics = hasDiacritics;
		this.footnoteMarks = footnoteMarks;
	}

	/** A footnote reference ({@code <sup>3</sup>}) and the line it sits on. */
	public record FootnoteMark(String marker, int line) {
	}

	public static SourceText of(String decoded, OcrRepairs repairs) {
		String text = nfcLines(decoded);
		int[] lineStarts = lineStarts(text);
		char[] plain = text.toCharArray();
		List<FootnoteMark> marks = new ArrayList<>();
		PatternScan.Scan sup = SUPS.in(text);
		java.util.Map<Integer, Integer> footnotes = new java.util.HashMap<>();
		// The line of the latest mark of each number.
		java.util.Map<String, Integer> latestMark = new java.util.HashMap<>();
		while (sup.find()) {
			int line = lineOf(lineStarts, sup.start());
			boolean opensLine = text.substring(lineStarts[line - 1], sup.start()).isBlank();
			if (opensLine) {
				// A footnote body: linked to the latest mark with its number (numbers
				// restart per report).
				Integer markLine = latestMark.get(sup.matcher().group(1));
				if (markLine != null) {
					footnotes.putIfAbsent(line, markLine);
				}
			}
			else {
				marks.add(new FootnoteMark(sup.matcher().group(1), line));
				latestMark.put(sup.matcher().group(1), line);
			}
			Arrays.fill(plain, sup.start(), sup.end(), ' ');
		}
		PatternScan.Scan markup = MARKUPS.in(text);
		while (markup.find()) {
			Arrays.fill(plain, markup.start(), markup.end(), ' ');
		}
		Wrappers wrappers = new Wrappers();
		wrappers.blank(text, lineStarts, plain);
		String plainText = new String(plain);
		// The plain characters are in the string now: their array becomes the folded
		// text (no copy of a large text more than needed).
		char[] folded = Folding.foldInPlace(plain);
		boolean hasDiacritics = countDiacritics(text);
		// OCR confusions are repaired only in text that lost its diacritics: clean text
		// has none of them, and the
		// rules cost a pass each over the whole text.
		boolean scanned = !hasDiacritics && scanned(text);
		if (!hasDiacritics) {
			repairs.apply(folded);
		}
		return new SourceText(text, plainText, new String(folded), lineStarts, hasDiacritics, scanned,
				Collections.unmodifiableList(marks), Collections.unmodifiableMap(footnotes),
				Collections.unmodifiableMap(wrappers.fields));
	}

	private static String nfcLines(String decoded) {
		String unified = decoded.replace("\r\n", "\n").replace('\r', '\n');
		if (!unified.isEmpty() && unified.charAt(0) == '\uFEFF') {
			unified = unified.substring(1);
		}
		// NFC per line: composition never crosses a line break, so the line count is
		// kept.
		return Normalizer.isNormalized(unified, Normalizer.Form.NFC) ? unified
				: Normalizer.normalize(unified, Normalizer.Form.NFC);
	}

	private static int[] lineStarts(String text) {
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				count++;
			}
		}
		int[] starts = new int[count];
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts[line++] = i + 1;
			}
		}
		return starts;
	}

	/** A word OCR misread into letters and digits: "s6", "1a", "x4y", "t6". */
	private static final java.util.regex.Pattern MISREAD = java.util.regex.Pattern
		.compile("(?<![\\p{L}\\d])(?:\\p{Ll}+\\d+\\p{Ll}*|\\d\\p{Ll}+)(?![\\p{L}\\d])");

	/**
	 * Whether a text without its diacritics came from a scan rather than from typing: the
	 * scan keeps some marks (often wrong ones: "biéu") or misreads letters as digits
	 * ("s6", "1a"); typed text has neither.
	 */
	private static boolean scanned(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Folding.isLetter(c) && Folding.hasDiacritic(c)) {
				return true;
			}
		}
		java.util.regex.Matcher m = MISREAD.matcher(text);
		int misread = 0;
		while (m.find() && misread < 3) {
			// Units typed as such ("m2", "km2") are no misreading.
			if (!m.group().matches("(?:k|c|d|m)?m[23]")) {
				misread++;
			}
		}
		return misread >= 3;
	}

	private static boolean countDiacritics(String text) {
		int letters = 0;
		int marked = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Folding.isLetter(c)) {
				letters++;
				if (Folding.hasDiacritic(c)) {
					marked++;
				}
			}
		}
		// A quarter of the letters of Vietnamese prose carry a mark; OCR that lost them
		// keeps a few percent.
		return letters == 0 || marked * 100 >= letters * 12;
	}

	private static int lineOf(int[] lineStarts, int offset) {
		int index = Arrays.binarySearch(lineStarts, offset);
		return (index >= 0) ? index + 1 : -index - 1;
	}

	/** The 1-based line of the original file holding {@code offset}. */
	public int lineOf(int offset) {
		return lineOf(this.lineStarts, offset);
	}

	/** Offset of the first character of a 1-based line. */
	public int lineStart(int line) {
		return this.lineStarts[line - 1];
	}

	/**
	 * Offset just past the last character of a 1-based line (its {@code \n} excluded).
	 */
	public int lineEnd(int line) {
		return (line < this.lineStarts.length) ? this.lineStarts[line] - 1 : this.text.length();
	}

	public int lineCount() {
		return this.lineStarts.length;
	}

	public String text() {
		return this.text;
	}

	public String plain() {
		return this.plain;
	}

	public String folded() {
		return this.folded;
	}

	/**
	 * False for OCR output that lost its diacritics: surface text from it must not be
	 * reported as canonical.
	 */
	public boolean hasDiacritics() {
		return this.hasDiacritics;
	}

	/**
	 * True for text without its diacritics that came from a scan (some marks kept,
	 * letters read as digits): its words are read through the OCR confusions. Text typed
	 * without marks is read exactly, only folded.
	 */
	public boolean scanned() {
		return this.scanned;
	}

	public List<FootnoteMark> footnoteMarks() {
		return this.footnoteMarks;
	}

	/**
	 * For a line that is a footnote body, the line of the mark citing it
	 * ({@code <sup>n</sup>}); else null.
	 */
	public Integer footnoteCitedAt(int line) {
		return this.footnotes.get(line);
	}

	/**
	 * What the wrapper of the text (YAML front matter, a portal's info table) states
	 * about the document, by field: {@code number}, {@code issuedOn}, {@code kind},
	 * {@code issuer}, {@code signer}, {@code title}; empty when there is none. The
	 * wrapper lines themselves are blank in {@link #plain()} and {@link #folded()}.
	 */
	public java.util.Map<String, String> wrapperFields() {
		return this.wrapperFields;
	}

	/**
	 * The plain text between two offsets with line breaks and runs of spaces collapsed to
	 * one space.
	 */
	public String span(int start, int end) {
		return collapse(this.plain.substring(start, end));
	}

	static String collapse(String s) {
		return SPACES.matcher(BROKEN_AFTER_DASH.matcher(s).replaceAll("-")).replaceAll(" ").strip();
	}

}
