package io.directivegraph.extract.text;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1c: what a portal or converter wrapped around a document — YAML front matter, a
 * Markdown info table ({@code | Số hiệu | 14/NQ-CP |}), breadcrumbs and page headline
 * before the document's own header, share links and "related documents" after its
 * signature. These lines describe the document; they are not its header, its citations or
 * its tasks. They are blanked in the plain view (line breaks kept, so offsets and line
 * numbers stay those of the file), and the fields they state are kept as a fallback for
 * the header.
 */
final class Wrappers {

	/**
	 * Labels of info-table rows and front-matter keys, folded, with the field they give.
	 */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("so hieu", "number"),
			Map.entry("so ky hieu", "number"), Map.entry("so hieu van ban", "number"), Map.entry("so", "number"),
			Map.entry("ngay ban hanh", "issuedOn"), Map.entry("ngay ky", "issuedOn"), Map.entry("loai van ban", "kind"),
			Map.entry("co quan ban hanh", "issuer"), Map.entry("noi ban hanh", "issuer"),
			Map.entry("nguoi ky", "signer"), Map.entry("trich yeu", "title"), Map.entry("ngay hieu luc", ""),
			Map.entry("tinh trang", ""), Map.entry("tinh trang hieu luc", ""), Map.entry("linh vuc", ""),
			Map.entry("van ban lien quan", ""), Map.entry("thuoc tinh", ""), Map.entry("chuc danh", ""),
			Map.entry("ngay cong bao", ""), Map.entry("so cong bao", ""), Map.entry("pham vi", ""),
			Map.entry("nguon", ""), Map.entry("title", "title"), Map.entry("so_hieu", "number"),
			Map.entry("ngay_ban_hanh", "issuedOn"), Map.entry("loai_van_ban", "kind"),
			Map.entry("co_quan_ban_hanh", "issuer"));

	private static final Pattern MOTTO = Pattern
		.compile("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
				+ "|ĐẢNG CỘNG SẢN VIỆT NAM|CONG HOA XA HOI CHU NGHIA VIET NAM|DANG CONG SAN VIET NAM");

	private static final Pattern FOOTER = Pattern.compile("^\\s*(?:chia se|in van ban|tai ve|van ban lien quan"
			+ "|van ban cung chuyen muc|van ban khac|bai viet|tin lien quan|luot xem|©|copyright|ban quyen"
			+ "|ve chung toi|lien he\\s*\\||dieu khoan su dung)");

	private static final Pattern BREADCRUMBS = Pattern
		.compile("^\\s*(?:(?:ban dang o|vi tri)\\s*:?\\s*)?trang chu\\s*(?:>|»|/|›|\\|)");

	/**
	 * "Ngày ban hành: 09/02/2026": a row of a portal's info box written without a table.
	 */
	private static final Pattern INFO_LINE = Pattern.compile("^\\s*([^:|]{2,40}?)\\s*:\\s*(\\S.*?)\\s*$");

	private static final Pattern TABLE_ROW = Pattern
		.compile("^\\s*\\|\\s*([^|]{1,40}?)\\s*\\|\\s*([^|]*?)\\s*\\|?\\s*$");

	private static final Pattern FRONT_KEY = Pattern.compile("^\\s*([a-z_]{2,30})\\s*:\\s*(.*?)\\s*$");

	/** The fields the wrapper states, by name (number, issuedOn, kind, issuer, …). */
	final Map<String, String> fields = new LinkedHashMap<>();

	/**
	 * Blanks the wrapper lines of the plain characters (a line break is never blanked).
	 */
	void blank(String text, int[] lineStarts, char[] plain) {
		int lines = lineStarts.length;
		int frontEnd = frontMatterEnd(text, lineStarts);
		boolean wrapped = frontEnd > 0;
		for (int line = 1; line <= frontEnd; line++) {
			Matcher key = FRONT_KEY.matcher(Folding.fold(line(text, lineStarts, line)));
			if (key.matches()) {
				keep(key.group(1), value(text, lineStarts, line));
			}
			blankLine(lineStarts, plain, line, text.length());
		}
		// A portal's info table stands before the document's own header (or near the top
		// when the page has
		// none); a two-column table in the body ("Số | Nội dung") is the document's.
		int start = documentStart(text, lineStarts);
		int infoEnd = (start > 1) ? start - 1 : Math.max(40, lines * 2 / 5);
		for (int line = frontEnd + 1; line <= lines; line++) {
			String raw = line(text, lineStarts, line);
			Matcher row = (line <= infoEnd) ? TABLE_ROW.matcher(raw) : null;
			if (row != null && row.matches()) {
				String label = Folding.fold(row.group(1)).replaceAll("[^a-z_ ]", " ").replaceAll("\\s+", " ").strip();
				if (LABELS.containsKey(label)) {
					keep(label, row.group(2));
					blankLine(lineStarts, plain, line, text.length());
					wrapped = true;
				}
				else if (raw.replaceAll("[|\\-: ]", "").isEmpty() && line > 1
						&& line(text, lineStarts, line - 1).strip().startsWith("|")) {
					// The separator row of a table whose header row was blanked or kept.
					continue;
				}
			}
			else if (raw.length() > 8
					&& (raw.indexOf('>') > 0 || raw.indexOf('»') > 0 || raw.indexOf('›') > 0 || raw.indexOf('|') > 0)
					&& BREADCRUMBS.matcher(Folding.fold(raw)).find()) {
				blankLine(lineStarts, plain, line, text.length());
				wrapped = true;
			}
		}
		if (!wrapped) {
			return;
		}
		// Above the document's own header, an info box may state its fields as "Label:
		// value" lines; the document's own "Số:" line is below that start.
		for (int line = frontEnd + 1; line < start; line++) {
			Matcher info = INFO_LINE.matcher(line(text, lineStarts, line));
			if (info.matches()) {
				String label = Folding.fold(info.group(1)).replaceAll("[^a-z_ ]", " ").replaceAll("\\s+", " ").strip();
				if (LABELS.containsKey(label) && !label.equals("so")) {
					keep(label, info.group(2));
				}
			}
		}
		// A page around the document: what comes before its header and after its
		// signature goes.
		for (int line = frontEnd + 1; line < start; line++) {
			blankLine(lineStarts, plain, line, text.length());
		}
		int from = Math.max(start + 1, lines * 3 / 5);
		for (int line = from; line <= lines; line++) {
			if (FOOTER.matcher(Folding.fold(line(text, lineStarts, line))).find()) {
				for (int l = line; l <= lines; l++) {
					blankLine(lineStarts, plain, l, text.length());
				}
				break;
			}
		}
	}

	/** The last line of YAML front matter opening the file, or 0. */
	private static int frontMatterEnd(String text, int[] lineStarts) {
		int first = 1;
		while (first <= lineStarts.length && line(text, lineStarts, first).isBlank()) {
			first++;
		}
		if (first > lineStarts.length || !line(text, lineStarts, first).strip().equals("---")) {
			return 0;
		}
		for (int line = first + 1; line <= Math.min(lineStarts.length, first + 60); line++) {
			String s = line(text, lineStarts, line).strip();
			if (s.equals("---") || s.equals("...")) {
				return line;
			}
		}
		return 0;
	}

	/**
	 * The first line of the document's own header: the issuer lines just above the
	 * national motto or the Party's name, or line 1 when there is none.
	 */
	private static int documentStart(String text, int[] lineStarts) {
		for (int line = 1; line <= Math.min(lineStarts.length, 120); line++) {
			if (!MOTTO.matcher(line(text, lineStarts, line)).find()) {
				continue;
			}
			int start = line;
			for (int up = line - 1; up >= Math.max(1, line - 8); up--) {
				String s = line(text, lineStarts, up).replace("*", "").replace("|", " ").strip();
				if (s.isEmpty() || !s.codePoints().anyMatch(Character::isLetterOrDigit) || isCapitals(s)
						|| Folding.fold(s).matches("^so\\b.*")) {
					if (!s.isEmpty()) {
						start = up;
					}
					continue;
				}
				break;
			}
			return start;
		}
		return 1;
	}

	private static boolean isCapitals(String s) {
		return Folding.mostlyCapitals(s, 3, 80);
	}

	private void keep(String label, String value) {
		String field = LABELS.get(label);
		String v = value.strip().replaceAll("^[\"']|[\"']$", "").strip();
		if (field != null && !field.isEmpty() && !v.isEmpty()) {
			this.fields.putIfAbsent(field, v);
		}
	}

	private static String value(String text, int[] lineStarts, int line) {
		String raw = line(text, lineStarts, line);
		int colon = raw.indexOf(':');
		return (colon < 0) ? "" : raw.substring(colon + 1);
	}

	private static String line(String text, int[] lineStarts, int line) {
		int end = (line < lineStarts.length) ? lineStarts[line] - 1 : text.length();
		return text.substring(lineStarts[line - 1], end);
	}

	private static void blankLine(int[] lineStarts, char[] plain, int line, int length) {
		int end = (line < lineStarts.length) ? lineStarts[line] - 1 : length;
		Arrays.fill(plain, lineStarts[line - 1], end, ' ');
	}

}
