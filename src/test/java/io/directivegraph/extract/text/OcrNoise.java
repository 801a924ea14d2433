package io.directivegraph.extract.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OCR-noise model fitted to the damage seen in the scanned seed (001): every mark is
 * lost, and a share of the syllables is misread the way 001 misreads them — "Đ" read as
 * "P" or "B" ("Pang" for "Đảng"), "ô" as "6" ("s6", "t6"), "â"/"á" as "4" or "d" ("x4y",
 * "dn"), "l" as "1" ("1a", "1anh"), "ư" as "w" or "ir" ("Chwong", "chirc"), "ươ" as "ug"
 * ("lugng"), "u" as "ii" ("nhiing"), "o" as "0" ("B0"), a wrong accent kept ("Dé" for
 * "Đề", "sé" for "số", "chét" for "chốt"), "của" as "ciia"/"cta". Seeded: the same text
 * and rate give the same damage. Every damaged syllable keeps at least one letter, so
 * syllables stay countable.
 */
public final class OcrNoise {

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	/** A misreading: applies to a syllable (with its marks) or returns null. */
	private record Misreading(String name, UnaryOperator<String> apply) {
	}

	private static final List<Misreading> MISREADINGS = List.of(
			new Misreading("Đ→P", (s) -> replaceFirst(s, "Đ", "P", "đ", "p")),
			new Misreading("Đ→B", (s) -> replaceFirst(s, "Đ", "B", "đ", "b")),
			new Misreading("ô→6", (s) -> stripThen(s, "[ôồốổỗộ]", "6")),
			new Misreading("â/á→4", (s) -> stripThen(s, "[âấầẩẫậáắ]", "4")),
			new Misreading("á→d", (s) -> stripThen(s, "[áấắ](?=n)", "d")),
			new Misreading("l→1", (s) -> stripThen(s, "l", "1")),
			new Misreading("ư→w", (s) -> stripThen(s, "[ưừứửữự]", "w")),
			new Misreading("ứ→ir", (s) -> stripThen(s, "[ứừ](?=c)", "ir")),
			new Misreading("ươ→ug", (s) -> stripThen(s, "ượ", "ug")),
			new Misreading("u→ii", (s) -> stripThen(s, "[ữ]", "ii")),
			new Misreading("o→0", (s) -> stripThen(s, "ộ", "0")), new Misreading("ề→é", (s) -> stripThen(s, "ề", "é")),
			new Misreading("ệ→é", (s) -> stripThen(s, "ệ", "é")),
			new Misreading("của→ciia", (s) -> s.equals("của") ? "ciia" : null),
			new Misreading("của→cta", (s) -> s.equals("của") ? "cta" : null));

	private OcrNoise() {
	}

	/**
	 * The text as a scan would give it: marks stripped, and about {@code rate} of the
	 * syllables misread (those no misreading applies to only lose their marks).
	 */
	public static String damage(String clean, double rate, long seed) {
		String text = Normalizer.normalize(clean, Normalizer.Form.NFC);
		Random random = new Random(seed);
		StringBuilder out = new StringBuilder(text.length());
		Matcher m = WORD.matcher(text);
		int at = 0;
		while (m.find()) {
			out.append(Diacritics.strip(text.substring(at, m.start())));
			String word = m.group();
			String damaged = null;
			if (random.nextDouble() < rate) {
				List<String> readings = new ArrayList<>();
				for (Misreading misreading : MISREADINGS) {
					String read = misreading.apply().apply(word);
					if (read != null && !read.equals(word) && read.codePoints().anyMatch(Character::isLetter)) {
						readings.add(read);
					}
				}
				if (!readings.isEmpty()) {
					damaged = readings.get(random.nextInt(readings.size()));
				}
			}
			out.append((damaged != null) ? damaged : Diacritics.strip(word));
			at = m.end();
		}
		out.append(Diacritics.strip(text.substring(at)));
		return out.toString();
	}

	private static String replaceFirst(String syllable, String upper, String upperRead, String lower,
			String lowerRead) {
		if (syllable.startsWith(upper)) {
			return upperRead + Diacritics.strip(syllable.substring(1));
		}
		if (syllable.startsWith(lower)) {
			return lowerRead + Diacritics.strip(syllable.substring(1));
		}
		return null;
	}

	/**
	 * The syllable with the first match of {@code regex} read as {@code read}, the rest
	 * stripped of its marks; null when nothing matches.
	 */
	private static String stripThen(String syllable, String regex, String read) {
		Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(syllable);
		if (!m.find()) {
			return null;
		}
		return Diacritics.strip(syllable.substring(0, m.start())) + read
				+ Diacritics.strip(syllable.substring(m.end()));
	}

}
