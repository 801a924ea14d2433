package io.directivegraph.extract.text;

/**
 * The shapes that open a list item or a heading in a directive, as regular-expression
 * fragments: the one place the outline, the part splitter and the task finder take them
 * from, so a bullet one rule knows every rule knows. Each rule adds its own context (what
 * must follow, which capture groups).
 */
public final class ListMarkers {

	/** The bullets of an item: hyphen, en dash (Word's autoformat), plus, bullet. */
	public static final String BULLET_CHARS = "-–+•";

	/** {@link #BULLET_CHARS} as a character class. */
	public static final String BULLET = "[\\-–+•]";

	/**
	 * Markdown and quoting before a marker: blanks, quote marks, emphasis, heading marks.
	 */
	public static final String MARKUP = "[\\s>*#]*";

	/** A Roman part number: "II". */
	public static final String ROMAN_NUMBER = "[IVX]{1,4}";

	/** A Roman part number and its dot: "II.". */
	public static final String ROMAN = ROMAN_NUMBER + "\\.";

	/**
	 * An Arabic number, up to four levels, without the dot that may close it: "1",
	 * "2.3.1".
	 */
	public static final String ARABIC = "\\d{1,2}(?:\\.\\d{1,2}){0,3}";

	/** The number inside parentheses, up to three levels: "1", "1.2". */
	public static final String PAREN_NUMBER = "\\d{1,2}(?:\\.\\d{1,2}){0,2}";

	/** A number in parentheses: "(1)", "(1.2)". */
	public static final String PAREN = "\\(" + PAREN_NUMBER + "\\)";

	/** The letter of a lettered item. */
	public static final String LETTER_CHAR = "[a-zđ]";

	/** A letter and its parenthesis: "a)", "đ)". */
	public static final String LETTER = LETTER_CHAR + "\\)";

	/** An article of a decision: "Điều 1.", as written or folded. */
	public static final String ARTICLE = "(?:[ĐđD]i[ềe]u|dieu)\\s+\\d{1,3}\\s*[.:]";

	private ListMarkers() {
	}

	/** Whether {@code c} is one of {@link #BULLET_CHARS}. */
	public static boolean isBullet(char c) {
		return BULLET_CHARS.indexOf(c) >= 0;
	}

}
