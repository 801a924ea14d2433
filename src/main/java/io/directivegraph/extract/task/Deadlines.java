package io.directivegraph.extract.task;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.directivegraph.extract.model.Extraction.Due;

/**
 * Stage: deadlines. Reads a folded clause; gives its deadline (quarter, month, exact day
 * or year, the end of a window "từ quý IV năm 2022 đến tháng 6 năm 2023") as the period
 * named and its last day, and its recurrence (hằng năm, định kỳ hàng quý, hằng tháng,
 * thường xuyên).
 */
public final class Deadlines {

	private static final String QUARTER = "quy\\s+(?<q>iv|iii|ii|i|[1-4])\\s*(?:nam\\s+|/\\s*|-\\s*)(?<qy>20\\d{2})";

	private static final String MONTH = "thang\\s+(?<m>\\d{1,2})\\s*(?:nam\\s+|/\\s*|-\\s*)(?<my>20\\d{2})";

	private static final String DAY = "ngay\\s+(?<d>\\d{1,2})\\s*[/.\\-]\\s*(?<dm>\\d{1,2})\\s*[/.\\-]\\s*(?<dy>20\\d{2})"
			+ "|ngay\\s+(?<ld>\\d{1,2})\\s+thang\\s+(?<lm>\\d{1,2})\\s+nam\\s+(?<ly>20\\d{2})"
			+ "|(?:truoc|cham\\s+nhat|han)\\s+(?<bd>\\d{1,2})\\s*/\\s*(?<bm>\\d{1,2})\\s*/\\s*(?<by>20\\d{2})";

	/** "6 tháng đầu năm 2026" (the end of June), "6 tháng cuối năm 2026" (December). */
	private static final String HALF = "6\\s+thang\\s+(?<half>dau|cuoi)\\s+nam\\s+(?<hy>20\\d{2})";

	private static final String YEAR = "(?:(?:hoan\\s+thanh|xong|trinh|ban\\s+hanh)\\s+(?:trong\\s+|truoc\\s+)?nam"
			+ "|trong\\s+nam|truoc\\s+nam)\\s+(?<y>20\\d{2})(?!\\s*-\\s*20\\d{2})"
			+ "|den\\s+nam\\s+(?<wy>20\\d{2})\\s*,?\\s*(?=(?:tien\\s+hanh\\s+)?(?:tong\\s+ket|so\\s+ket|hoan\\s+thanh|danh\\s+gia))";

	// The look-aheads on the first letters reject most offsets before the alternatives
	// are tried.
	private static final Pattern ANY = Pattern
		.compile("(?=[qtnhxbdc6])(?<![a-z0-9])(?:" + HALF + "|" + QUARTER + "|" + MONTH + "|" + DAY + "|" + YEAR + ")");

	private static final Pattern WINDOW_END = Pattern
		.compile("(?=d)(?<![a-z])den\\s+(?:het\\s+)?(?=quy|thang|ngay|nam)");

	private static final Pattern WINDOW_START = Pattern.compile("(?=t)(?<![a-z])tu\\s+(?:quy|thang|ngay|nam)");

	private Deadlines() {
	}

	/**
	 * The deadline of a clause, or null: the end of a window if there is one, else the
	 * first period named.
	 */
	public static Due due(String folded) {
		if (!folded.contains("20")) {
			// Every form names a year 20xx.
			return null;
		}
		Matcher window = WINDOW_END.matcher(folded);
		int from = 0;
		if (window.find()) {
			Matcher start = WINDOW_START.matcher(folded);
			if (start.find() && start.start() < window.start()) {
				from = window.end();
			}
		}
		Matcher m = ANY.matcher(folded);
		if (!m.find(from)) {
			return null;
		}
		try {
			if (m.group("half") != null) {
				int year = Integer.parseInt(m.group("hy"));
				int month = m.group("half").equals("dau") ? 6 : 12;
				return new Due(year, null, month, null, YearMonth.of(year, month).atEndOfMonth().toString());
			}
			if (m.group("ld") != null || m.group("bd") != null) {
				boolean longForm = m.group("ld") != null;
				LocalDate day = LocalDate.of(Integer.parseInt(m.group(longForm ? "ly" : "by")),
						Integer.parseInt(m.group(longForm ? "lm" : "bm")),
						Integer.parseInt(m.group(longForm ? "ld" : "bd")));
				return new Due(day.getYear(), null, null, day.toString(), day.toString());
			}
			if (m.group("q") != null) {
				int quarter = quarter(m.group("q"));
				int year = Integer.parseInt(m.group("qy"));
				LocalDate end = YearMonth.of(year, quarter * 3).atEndOfMonth();
				return new Due(year, quarter, null, null, end.toString());
			}
			if (m.group("m") != null) {
				int month = Integer.parseInt(m.group("m"));
				int year = Integer.parseInt(m.group("my"));
				return new Due(year, null, month, null, YearMonth.of(year, month).atEndOfMonth().toString());
			}
			if (m.group("d") != null) {
				LocalDate day = LocalDate.of(Integer.parseInt(m.group("dy")), Integer.parseInt(m.group("dm")),
						Integer.parseInt(m.group("d")));
				return new Due(day.getYear(), null, null, day.toString(), day.toString());
			}
			int year = Integer.parseInt((m.group("y") != null) ? m.group("y") : m.group("wy"));
			return new Due(year, null, null, null, year + "-12-31");
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private static int quarter(String q) {
		return switch (q) {
			case "i", "1" -> 1;
			case "ii", "2" -> 2;
			case "iii", "3" -> 3;
			default -> 4;
		};
	}

	private static final Pattern QUARTERLY = Pattern.compile("(?<![a-z])(?:dinh\\s+ky\\s+)?hang\\s+quy(?![a-z])");

	private static final Pattern YEARLY = Pattern.compile("(?<![a-z])hang\\s+nam(?![a-z])");

	private static final Pattern MONTHLY = Pattern.compile("(?<![a-z])hang\\s+thang(?![a-z])");

	private static final Pattern ONGOING = Pattern.compile("(?<![a-z])thuong\\s+xuyen(?![a-z])");

	/** YEARLY, QUARTERLY, MONTHLY, ONGOING or null. */
	public static String recurrence(String folded) {
		if (!folded.contains("hang") && !folded.contains("thuong")) {
			// Every form says "hằng ..." / "hàng ..." or "thường xuyên".
			return null;
		}
		if (QUARTERLY.matcher(folded).find()) {
			return "QUARTERLY";
		}
		if (MONTHLY.matcher(folded).find()) {
			return "MONTHLY";
		}
		if (YEARLY.matcher(folded).find()) {
			return "YEARLY";
		}
		if (ONGOING.matcher(folded).find()) {
			return "ONGOING";
		}
		return null;
	}

}
