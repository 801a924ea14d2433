package io.directivegraph.extract.text;

import java.text.Normalizer;

/**
 * Diacritic-insensitive view of Vietnamese text, one character for one character: lower
 * case, tone and vowel marks removed, {@code đ} to {@code d}. Because the length never
 * changes, an offset in the folded text is the same offset in the original, which is how
 * every match finds its way back to its line.
 */
public final class Folding {

	private static final char[] TABLE = buildTable();

	/** Per character: 1 for a letter, 2 for a letter with a Vietnamese diacritic. */
	private static final byte[] LETTERS = buildLetters();

	private Folding() {
	}

	public static char fold(char c) {
		return TABLE[c];
	}

	public static String fold(CharSequence text) {
		char[] out = new char[text.length()];
		for (int i = 0; i < out.length; i++) {
			out[i] = TABLE[text.charAt(i)];
		}
		return new String(out);
	}

	/** Folds the characters where they are; returns the same array. */
	public static char[] foldInPlace(char[] chars) {
		for (int i = 0; i < chars.length; i++) {
			chars[i] = TABLE[chars[i]];
		}
		return chars;
	}

	/**
	 * Whether the character carries a Vietnamese diacritic (its folded form differs other
	 * than by case).
	 */
	public static boolean hasDiacritic(char c) {
		return LETTERS[c] == 2;
	}

	/** Whether the character is a letter ({@link Character#isLetter(char)}), fast. */
	public static boolean isLetter(char c) {
		return LETTERS[c] != 0;
	}

	private static byte[] buildLetters() {
		byte[] letters = new byte[Character.MAX_VALUE + 1];
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			char ch = (char) c;
			if (Character.isLetter(ch)) {
				letters[c] = (byte) ((c > 0x7F && TABLE[c] != Character.toLowerCase(ch)) ? 2 : 1);
			}
		}
		return letters;
	}

	private static char[] buildTable() {
		char[] table = new char[Character.MAX_VALUE + 1];
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			table[c] = Character.toLowerCase((char) c);
		}
		for (int c = 0xC0; c < 0x2000; c++) {
			if (!Character.isLetter(c)) {
				continue;
			}
			String decomposed = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
			char base = decomposed.charAt(0);
			if (base < 0x80 && Character.isLetter(base)) {
				table[c] = Character.toLowerCase(base);
			}
		}
		table['đ'] = 'd';
		table['Đ'] = 'd';
		// OCR reads some letters as look-alike symbols; folding them keeps words
		// matchable.
		table['\u00A0'] = ' ';
		table['\u2010'] = '-';
		table['\u2011'] = '-';
		table['\u2013'] = '-';
		table['\u2014'] = '-';
		table['\uFB01'] = 'a';
		table['\uFB02'] = 'a';
		return table;
	}

	/**
	 * Whether the text has at least {@code minLetters} letters and at least
	 * {@code percent} % of them are capitals: a heading or an issuer line ("ỦY BAN NHÂN
	 * DÂN", "MỤC ĐÍCH, YÊU CẦU").
	 */
	public static boolean mostlyCapitals(CharSequence text, int minLetters, int percent) {
		int letters = 0;
		int upper = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.isUpperCase(c)) {
					upper++;
				}
			}
		}
		return letters >= minLetters && upper * 100 >= letters * percent;
	}

}
