package io.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.directivegraph.extract.text.ListMarkers;

import io.directivegraph.extract.text.SourceText;

/**
 * Stage: outline. Reads the plain text of a part; gives every line its section path,
 * built from the enumerators that open lines: Roman parts ({@code II.}), Arabic headings
 * ({@code 3.}, {@code 3.2.}), parenthesised items ({@code (1)}, {@code (1.1)}) and
 * letters ({@code a)}). The path of {@code (1.1)} under {@code (1)} under {@code 3.2.}
 * under {@code II.} is {@code II.3.2.(1).(1.1)}.
 */
public final class Outline {

	/**
	 * The markers of {@link ListMarkers}, each captured for its level: Roman, Arabic,
	 * parenthesised, letter.
	 */
	private static final Pattern MARKER = Pattern
		.compile("^" + ListMarkers.MARKUP + "(?:(?<roman>" + ListMarkers.ROMAN_NUMBER + ")\\.(?=\\s)|(?<arabic>"
				+ ListMarkers.ARABIC + ")\\.?(?=\\s+\\p{L})|\\((?<paren>" + ListMarkers.PAREN_NUMBER + ")\\)|(?<letter>"
				+ ListMarkers.LETTER_CHAR + ")\\)(?=\\s))");

	/** The part's first line: the arrays hold the part's lines only. */
	private final int firstLine;

	private final String[] paths;

	private final int[] headings;

	private Outline(int firstLine, String[] paths, int[] headings) {
		this.firstLine = firstLine;
		this.paths = paths;
		this.headings = headings;
	}

	public static Outline of(SourceText source, Part part) {
		int first = part.firstLine();
		String[] paths = new String[part.lastLine() - first + 1];
		int[] headings = new int[part.lastLine() - first + 1];
		String roman = null;
		String arabic = null;
		List<String> parens = new ArrayList<>();
		String letter = null;
		int heading = 0;
		for (int line = part.firstLine(); line <= part.lastLine(); line++) {
			String plain = source.plain().substring(source.lineStart(line), source.lineEnd(line));
			Matcher m = MARKER.matcher(plain);
			if (m.find()) {
				if (m.group("roman") != null) {
					roman = m.group("roman");
					arabic = null;
					parens.clear();
					letter = null;
				}
				else if (m.group("arabic") != null) {
					arabic = m.group("arabic");
					parens.clear();
					letter = null;
				}
				else if (m.group("paren") != null) {
					String p = m.group("paren");
					int depth = p.split("\\.").length;
					while (parens.size() >= depth) {
						parens.remove(parens.size() - 1);
					}
					parens.add("(" + p + ")");
					letter = null;
				}
				else {
					letter = m.group("letter") + ")";
				}
				heading = line;
			}
			StringBuilder path = new StringBuilder();
			append(path, roman);
			append(path, arabic);
			parens.forEach((p) -> append(path, p));
			append(path, letter);
			paths[line - first] = path.isEmpty() ? null : path.toString();
			headings[line - first] = heading;
		}
		return new Outline(first, paths, headings);
	}

	private static void append(StringBuilder path, String element) {
		if (element != null) {
			if (!path.isEmpty()) {
				path.append('.');
			}
			path.append(element);
		}
	}

	/** The section path of a line, or null before the first enumerated heading. */
	public String path(int line) {
		int index = line - this.firstLine;
		return (index >= 0 && index < this.paths.length) ? this.paths[index] : null;
	}

	/**
	 * The line of the enumerated heading that opens the section holding {@code line}, 0
	 * if none.
	 */
	public int heading(int line) {
		int index = line - this.firstLine;
		return (index >= 0 && index < this.headings.length) ? this.headings[index] : 0;
	}

}
