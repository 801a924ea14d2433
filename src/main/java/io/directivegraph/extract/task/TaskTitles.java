package io.directivegraph.extract.task;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.directivegraph.extract.text.EditSimilarity;
import io.directivegraph.extract.text.Folding;
import io.directivegraph.extract.text.ListMarkers;
import io.directivegraph.extract.text.SourceText;

/**
 * The title a person quotes for a task: what must be done, without the deadline clause
 * the deadline column already says, and — for a closing sentence that only points back
 * ("Ban Tổ chức Tỉnh ủy tham mưu xây dựng Đề án, thời gian hoàn thành …") — the whole
 * item that sentence points to, across its line breaks, never the heading of an unrelated
 * list in between.
 */
final class TaskTitles {

	private TaskTitles() {
	}

	/** What opens a deadline clause after a separator (folded). */
	private static final Pattern DEADLINE_TAIL = Pattern.compile("^\\s*(?:(?:thoi\\s+(?:gian|han)\\s+)?"
			+ "(?:hoan\\s+thanh(?:\\s+xong)?|thuc\\s+hien|trien\\s+khai(?:\\s+thuc\\s+hien)?|bao\\s+cao)\\s*:?\\s*"
			+ "|thoi\\s+(?:gian|han)\\s*:?\\s*)?(?:trong|truoc|cham\\s+nhat(?:\\s+(?:trong|truoc|vao|la))?|vao|xong"
			+ "|den\\s+het|tu)?\\s*(?:\\d{1,2}\\s+)?(?:ngay|quy|thang|nam|dip|giai\\s+doan)(?![a-z])");

	/**
	 * The separators a deadline clause follows: "; thời gian …", ", hoàn thành …", "(…)".
	 */
	private static final Pattern SEPARATOR = Pattern.compile("[;,(]|\\s[-–]\\s");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

	/**
	 * The title without a trailing deadline clause ("…; thời gian hoàn thành trong quý IV
	 * năm 2021", "…, hoàn thành trước ngày 30/6/2026", "… (hoàn thành trong quý IV năm
	 * 2021); trong đó …"): the deadline is the task's own field. A clause that goes on
	 * after its date with more work ("…, trong năm 2026 tổ chức sơ kết") is kept.
	 */
	static String withoutDeadline(String title) {
		String folded = Folding.fold(title).toLowerCase(java.util.Locale.ROOT);
		Matcher separator = SEPARATOR.matcher(folded);
		while (separator.find()) {
			int cut = separator.start();
			if (words(folded.substring(0, cut)) < 3) {
				continue;
			}
			String tail = folded.substring(separator.end());
			if (!DEADLINE_TAIL.matcher(tail).lookingAt()) {
				continue;
			}
			// The clause: up to its closing bracket or the next semicolon.
			int end = tail.length();
			for (int i = 0; i < tail.length(); i++) {
				char c = tail.charAt(i);
				if (c == ';' || c == ')') {
					end = i;
					break;
				}
			}
			String clause = tail.substring(0, end);
			Matcher year = YEAR.matcher(clause);
			if (!year.find() || clause.length() > 90) {
				continue;
			}
			// Nothing but the date's own words after its year ("năm 2021", "30/6/2026").
			String after = clause.substring(year.end()).strip();
			if (!after.isEmpty() && !after.matches("[.,;:)\\s]*")) {
				continue;
			}
			boolean bracket = folded.charAt(cut) == '(';
			String rest = tail.substring(end).replaceFirst("^[);.,\\s]+", "");
			if (!bracket && !rest.isEmpty() && !rest.startsWith("trong do")) {
				// More work after the deadline clause: not a trailing clause.
				continue;
			}
			String kept = title.substring(0, cut).replaceAll("[;:.,\\s–-]+$", "");
			return kept.isEmpty() ? title : kept;
		}
		return title;
	}

	private static int words(String folded) {
		int n = 0;
		boolean in = false;
		for (int i = 0; i < folded.length(); i++) {
			boolean letter = Character.isLetterOrDigit(folded.charAt(i));
			if (letter && !in) {
				n++;
			}
			in = letter;
		}
		return n;
	}

	/**
	 * What a closing sentence points back to, folded: "tham mưu Tỉnh ủy xây dựng Nghị
	 * quyết này" → "nghi quyet", "chỉ đạo việc xây dựng chương trình và triển khai thực
	 * hiện" → "chuong trinh", "tham mưu xây dựng Đề án" → "de an"; null when the sentence
	 * names its product in full ("… xây dựng kế hoạch luân chuyển cán bộ giai đoạn 2021 -
	 * 2025").
	 */
	static String anaphor(String foldedTitle) {
		// From the last verb of making: what comes before it is who advises whom.
		Matcher verb = MAKING.matcher(foldedTitle);
		int last = -1;
		while (verb.find()) {
			last = verb.start();
		}
		if (last < 0) {
			return null;
		}
		Matcher m = ANAPHOR.matcher(foldedTitle.substring(last).strip());
		if (!m.matches()) {
			return null;
		}
		String object = m.group("object").strip();
		return (object.split("\\s+").length <= 4) ? object : null;
	}

	/** Words the title rules read, as OCR may damage them (folded, two words each). */
	private static final List<String> CUE_WORDS = List.of("xay dung", "ban hanh", "hoan thien", "soan thao", "tham muu",
			"chu tri", "chi dao", "lanh dao", "trien khai", "thuc hien", "phoi hop", "neu tren", "noi tren", "to chuc");

	/**
	 * The words with every pair that reads as one of the cue words one OCR slip away
	 * ("x4y dung", "thyc hien", "chi tri") replaced by it; clean text as it is. Same
	 * number of words, so indexes stay aligned.
	 */
	static List<String> canonical(List<String> words, boolean ocr) {
		if (!ocr) {
			return words;
		}
		List<String> out = new ArrayList<>(words);
		// Exact readings first: a damaged pair never takes a word of an intact one ("ty
		// chu tri" is "… ủy chủ trì", not "tổ chức tri").
		boolean[] exact = new boolean[out.size()];
		for (int i = 0; i + 1 < out.size(); i++) {
			if (CUE_WORDS.contains(out.get(i) + " " + out.get(i + 1))) {
				exact[i] = true;
				exact[i + 1] = true;
				i++;
			}
		}
		for (int i = 0; i + 1 < out.size(); i++) {
			if (exact[i] || exact[i + 1] || out.get(i).length() > 6 || out.get(i + 1).length() > 6) {
				continue;
			}
			String two = out.get(i) + " " + out.get(i + 1);
			String best = null;
			double score = 0;
			for (String cue : CUE_WORDS) {
				if (cue.charAt(0) != two.charAt(0)) {
					continue;
				}
				double s = EditSimilarity.atLeast(two, cue, 0.75);
				if (s > score) {
					score = s;
					best = cue;
				}
			}
			if (best != null) {
				int space = best.indexOf(' ');
				out.set(i, best.substring(0, space));
				out.set(i + 1, best.substring(space + 1));
				i++;
			}
		}
		return out;
	}

	/** The title without a bullet left before it ("- Chủ trì …"). */
	static String withoutBullet(String title) {
		// And an enumerator OCR read with another separator: "(1;1)".
		return title.replaceFirst("^(?:" + ListMarkers.BULLET + "|\\*|\\(\\d{1,2}[.;,:]\\d{1,2}\\))\\s+", "");
	}

	/** The offset in {@code folded} of each of its words. */
	static int[] offsets(String folded, List<String> words) {
		int[] offsets = new int[words.size()];
		int offset = 0;
		for (int i = 0; i < words.size(); i++) {
			offset = folded.indexOf(words.get(i), (i == 0) ? 0 : offset + words.get(i - 1).length());
			offsets[i] = offset;
		}
		return offsets;
	}

	/** What is kept of a title, its first letter a capital; the title if nothing is. */
	static String capitalised(String kept, String title) {
		return kept.isEmpty() ? title : Character.toUpperCase(kept.charAt(0)) + kept.substring(1);
	}

	/**
	 * Whether the folded words are only a deadline ("hoàn thành trong tháng 10/2025").
	 */
	static boolean isDeadline(String folded) {
		return DEADLINE_TAIL.matcher(folded).lookingAt() && YEAR.matcher(folded).find()
				&& folded.split("\\s+").length <= 8;
	}

	/** The two words from {@code i}, or "" past the end. */
	static String pair(List<String> words, int i) {
		return (i >= 0 && i + 1 < words.size()) ? words.get(i) + " " + words.get(i + 1) : "";
	}

	private static final Pattern LABEL_OPENING = Pattern.compile("^([^:;\\d]{3,60}):\\s*(?=\\S)");

	private static final Pattern LABEL_WORDS = Pattern
		.compile("(?<![a-z])(?:nhiem\\s+vu|giai\\s+phap|muc\\s+tieu|noi\\s+dung|yeu\\s+cau)(?![a-z])");

	/**
	 * The folded text after a label opening it ("các nhiệm vụ, giải pháp chủ yếu: …"), or
	 * null when it opens with none.
	 */
	static String afterLabel(String folded) {
		Matcher m = LABEL_OPENING.matcher(folded);
		if (m.lookingAt() && m.group(1).split("\\s+").length <= 8 && LABEL_WORDS.matcher(m.group(1)).find()) {
			return folded.substring(m.end());
		}
		return null;
	}

	/**
	 * The title without a label opening it ("Các nhiệm vụ, giải pháp chủ yếu: Xây dựng
	 * …"): a short phrase of a few words before a colon that names a part of a plan.
	 */
	static String withoutLabel(String title) {
		String after = afterLabel(Folding.fold(title).toLowerCase(java.util.Locale.ROOT));
		return (after == null) ? title : capitalised(title.substring(title.length() - after.length()).strip(), title);
	}

	private static final Pattern MAKING = Pattern
		.compile("(?<![a-z])(?:xay\\s+dung|ban\\s+hanh|hoan\\s+thien|soan\\s+thao)(?![a-z])");

	private static final Pattern ANAPHOR = Pattern
		.compile("^" + "(?:xay\\s+dung|ban\\s+hanh|hoan\\s+thien|soan\\s+thao|trinh)(?:\\s+va\\s+ban\\s+hanh)?\\s+"
				+ "(?<object>[a-z]+(?:\\s+[a-z]+){0,4}?)(?:\\s+(?:nay|neu\\s+tren|noi\\s+tren|tren|do))?"
				+ "(?:\\s+va\\s+(?:chi\\s+dao\\s+)?(?:to\\s+chuc\\s+)?trien\\s+khai(?:\\s+thuc\\s+hien)?)?\\s*[.;,]*$");

	private static final Pattern ENUMERATED = Pattern.compile("^\\s*(?:\\(\\s*" + ListMarkers.PAREN_NUMBER
			+ "\\s*[)\\]]|\\(\\d{1,2}\\s|" + ListMarkers.ARABIC + "\\.\\s|" + ListMarkers.LETTER + "\\s)");

	private static final Pattern ROMAN_HEADING = Pattern.compile("^\\s*" + ListMarkers.ROMAN + "\\s");

	private static final Pattern LABEL = Pattern
		.compile("^\\s*(?:muc\\s+tieu|nhiem\\s+vu|cac\\s+nhiem\\s+vu|noi\\s+dung|yeu\\s+cau|giai\\s+phap)[^:]{0,40}:");

	/**
	 * The enumerated item above {@code line} that a closing sentence points back to: the
	 * nearest one, within {@code reach} lines and not across a Roman-numbered part, whose
	 * opening words read as the object named (one OCR slip allowed per few letters); its
	 * whole paragraph, and of a paragraph naming several products ("Nghị quyết …; Kế
	 * hoạch …") the one named. Null when none is found.
	 */
	static String pointedItem(SourceText source, int line, String object, int firstLine, int reach) {
		String[] wanted = object.split("\\s+");
		for (int l = line - 1; l >= Math.max(firstLine, line - reach); l--) {
			String text = source.plain().substring(source.lineStart(l), source.lineEnd(l));
			if (ROMAN_HEADING.matcher(text).lookingAt()) {
				return null;
			}
			if (!ENUMERATED.matcher(text).lookingAt()) {
				continue;
			}
			String paragraph = paragraph(source, l);
			for (String segment : paragraph.split(";")) {
				if (opensWith(segment, wanted)) {
					return segment.strip();
				}
			}
		}
		return null;
	}

	/**
	 * The lines of an item from {@code line} up to a blank line, a label or the next
	 * item.
	 */
	static String paragraph(SourceText source, int line) {
		int end = line;
		while (end < source.lineCount() && end - line < 5) {
			String next = source.plain().substring(source.lineStart(end + 1), source.lineEnd(end + 1));
			if (next.isBlank() || ENUMERATED.matcher(next).lookingAt()
					|| LABEL.matcher(Folding.fold(next)).lookingAt()) {
				break;
			}
			end++;
		}
		String span = source.span(source.lineStart(line), source.lineEnd(end));
		return withoutMarker(span).replaceAll("[;:.,\\s]+$", "");
	}

	private static String withoutMarker(String text) {
		return text
			.replaceFirst("^\\s*(?:\\(\\s*[\\d.;,:]{1,5}\\s*[)\\]]|\\(\\d{1,2}\\s|\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.\\s"
					+ "|[a-zđ]\\)\\s)\\s*", "");
	}

	/**
	 * Whether the segment's first words (after "Xây dựng", "Hoàn thiện") read as the
	 * wanted words, each one OCR slip away at most.
	 */
	private static boolean opensWith(String segment, String[] wanted) {
		List<String> words = new ArrayList<>();
		for (String w : Folding.fold(segment).toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		int from = 0;
		while (from + 1 < words.size() && from < 4 && isLeadingVerb(words.get(from), words.get(from + 1))) {
			from += 2;
		}
		if (words.size() < from + wanted.length) {
			return false;
		}
		String read = String.join(" ", words.subList(from, from + wanted.length));
		String want = String.join(" ", wanted);
		return read.equals(want) || want.length() >= 5 && EditSimilarity.atLeast(read, want, 0.7) > 0;
	}

	private static boolean isLeadingVerb(String first, String second) {
		String two = first + " " + second;
		return EditSimilarity.atLeast(two, "xay dung", 0.7) > 0 || EditSimilarity.atLeast(two, "hoan thien", 0.7) > 0
				|| EditSimilarity.atLeast(two, "ban hanh", 0.75) > 0;
	}

}
