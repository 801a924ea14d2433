package io.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.directivegraph.extract.text.SourceText;

/**
 * Stage: compilations. Reads the plain text; splits a file holding several documents
 * (seed 003: three reports and three appendices) at each kind title written in capitals
 * on a line of its own ("BÁO CÁO", "CHƯƠNG TRÌNH", "PHỤ LỤC n"), moving each boundary up
 * over the header block above the title (banner, place and date). A file with one title
 * is one document spanning the whole file.
 */
public final class PartSplitter {

	/**
	 * A kind title: a line in capitals opening with a kind's words from the registry
	 * ({@code extract/kinds.tsv}) or "Phụ lục", read folded so that text typed or scanned
	 * without its marks ("QUYET DINH", "KE HOACH") is split as its marked twin is. Not
	 * the operative "QUYẾT ĐỊNH:" of a decision.
	 */
	private static final Pattern TITLE = Pattern.compile("^\\s*(?:"
			+ io.directivegraph.extract.text.WordAlternation
				.of(new ArrayList<>(io.directivegraph.extract.citation.DocumentKinds.defaults().words()))
			+ "|phu\\s+luc)(?:\\s|$|\\d)");

	private static boolean capitals(String line) {
		boolean letter = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (Character.isLetter(c)) {
				letter = true;
				if (!Character.isUpperCase(c)) {
					return false;
				}
			}
		}
		return letter;
	}

	private static final Pattern HEADER_LINE = Pattern.compile(
			"^\\s*$|^\\s*[*\\-—_=]+\\s*$|^[\\p{Lu}\\d\\s,.\\-–:/()]+$|.*ngày .{0,12}tháng.*năm.*|.*ngay .{0,12}thang.*nam.*");

	public List<Part> split(SourceText source) {
		List<Integer> titles = new ArrayList<>();
		int lines = source.lineCount();
		int lastTitle = -100;
		for (int line = 1; line <= lines; line++) {
			String plain = source.plain().substring(source.lineStart(line), source.lineEnd(line));
			Matcher m = TITLE.matcher(source.folded().substring(source.lineStart(line), source.lineEnd(line)));
			if (plain.strip().length() < 160 && m.find() && capitals(plain)) {
				// "PHỤ LỤC 1" followed by "BÁO CÁO ..." is one title; a program "kèm theo
				// Nghị quyết số …" is part of the document it is attached to.
				if (line - lastTitle > 4 && !(titles.size() > 0 && attached(source, line))) {
					titles.add(line);
				}
				lastTitle = line;
			}
		}
		if (titles.size() <= 1) {
			int title = titles.isEmpty() ? 1 : titles.get(0);
			return List.of(new Part(1, lines, title));
		}
		List<Integer> starts = new ArrayList<>();
		for (int title : titles) {
			int start = title;
			// A part never starts above the previous title: that title belongs to the
			// previous part.
			int floor = starts.isEmpty() ? 1 : titles.get(starts.size() - 1) + 1;
			while (start - 1 >= Math.max(floor, title - 14) && isHeader(source, start - 1)) {
				start--;
			}
			while (start < title && blank(source, start)) {
				start++;
			}
			starts.add(start);
		}
		List<Part> parts = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			int first = (i == 0 && (starts.get(0) <= 20 || onlyHeaderAbove(source, starts.get(0)))) ? 1 : starts.get(i);
			int last = (i + 1 < starts.size()) ? starts.get(i + 1) - 1 : lines;
			parts.add(new Part(first, last, titles.get(i)));
		}
		return parts;
	}

	/** Whether the title is an attachment: "(Kèm theo Quyết định số …)" under it. */
	private static boolean attached(SourceText source, int title) {
		for (int line = title; line <= Math.min(source.lineCount(), title + 5); line++) {
			String folded = source.folded().substring(source.lineStart(line), source.lineEnd(line));
			if (ATTACHED.matcher(folded).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The caption of an attachment, on a line of its own: "(Ban hành kèm theo Quyết định
	 * số …)", "Kèm theo Nghị quyết số …" — not a preamble's "Căn cứ Quy chế … ban hành
	 * kèm theo Quyết định …".
	 */
	private static final Pattern ATTACHED = Pattern.compile("^[\\s*_(\\[]*(?:ban\\s+hanh\\s+)?kem\\s+theo\\s+"
			+ "(?:nghi\\s+quyet|quyet\\s+dinh|ke\\s+hoach|chuong\\s+trinh|thong\\s+bao|chi\\s+thi|ket\\s+luan|de\\s+an|van\\s+ban)");

	/**
	 * Whether every line above this one is blank or a header line (a wrapper is blank).
	 */
	private static boolean onlyHeaderAbove(SourceText source, int start) {
		for (int line = 1; line < start; line++) {
			if (!blank(source, line) && !isHeader(source, line)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isHeader(SourceText source, int line) {
		String plain = source.plain().substring(source.lineStart(line), source.lineEnd(line));
		return plain.length() < 120 && HEADER_LINE.matcher(plain).matches();
	}

	private static boolean blank(SourceText source, int line) {
		return source.plain().substring(source.lineStart(line), source.lineEnd(line)).isBlank();
	}

}
