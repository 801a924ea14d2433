package io.directivegraph.extract.structure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.directivegraph.extract.model.Extraction.Reference;
import io.directivegraph.extract.text.Folding;

/**
 * The day from which a document whose text gives no full issue date surely or probably
 * existed, inferred only from what the text says, and how (DOMAIN.md: as-of rules). Its
 * tasks count from that day; a document from which nothing can be inferred has its tasks
 * reported apart ("ngày ban hành chưa rõ"), never counted on a day it might not have
 * existed.
 *
 * <ul>
 * <li>A header dated to the month ("tháng 7 năm 2025") or the year: the last day of that
 * month or year, the first day it surely existed.</li>
 * <li>Else the year the title is about ("Chương trình công tác năm 2025", "giai đoạn 2021
 * - 2025": its first year; not a horizon, "tầm nhìn đến năm 2050"): the first day of that
 * year, or the latest date the text cites when that is later (a document is never older
 * than what it cites).</li>
 * <li>Else the latest date the text cites.</li>
 * </ul>
 */
public final class IssueDates {

	/** What an inferred issue date rests on. */
	public enum Basis {

		/** The header gives the month and year, not the day. */
		HEADER_MONTH,
		/** The header gives the year only. */
		HEADER_YEAR,
		/** The year the title names. */
		TITLE_YEAR,
		/** The latest date the text cites. */
		LATEST_CITED

	}

	/** An inferred issue date (YYYY-MM-DD) and what it rests on. */
	public record Inferred(String date, Basis basis) {
	}

	private static final Pattern HORIZON = Pattern.compile("(?:den|toi|tam nhin|sau)\\s+(?:nam\\s+)?((?:19|20)\\d{2})");

	private static final Pattern RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})");

	private static final Pattern YEAR = Pattern.compile("\\bnam\\s+((?:19|20)\\d{2})\\b");

	private IssueDates() {
	}

	/**
	 * The inferred issue date, or null when the header gives a full date or nothing can
	 * be inferred.
	 * @param issuedOn the issue date the header gives: a day, a month (YYYY-MM), a year,
	 * or null
	 */
	public static Inferred infer(String issuedOn, String title, List<Reference> references) {
		if (issuedOn != null && issuedOn.length() >= 10) {
			return null;
		}
		try {
			if (issuedOn != null && issuedOn.length() == 7) {
				return new Inferred(YearMonth.parse(issuedOn).atEndOfMonth().toString(), Basis.HEADER_MONTH);
			}
			if (issuedOn != null && issuedOn.length() == 4) {
				return new Inferred(java.time.Year.parse(issuedOn).atMonth(12).atEndOfMonth().toString(),
						Basis.HEADER_YEAR);
			}
		}
		catch (java.time.DateTimeException ex) {
			// Not a month or a year after all: inferred from the rest of the text below.
		}
		Integer year = (title != null) ? titleYear(Folding.fold(title).toLowerCase(java.util.Locale.ROOT)) : null;
		String cited = latestCited(references);
		String fromTitle = (year != null) ? LocalDate.of(year, 1, 1).toString() : null;
		if (fromTitle != null && (cited == null || fromTitle.compareTo(cited) >= 0)) {
			return new Inferred(fromTitle, Basis.TITLE_YEAR);
		}
		return (cited != null) ? new Inferred(cited, Basis.LATEST_CITED) : null;
	}

	/**
	 * The year a (folded) title is about: the latest single year it names, the first year
	 * of a period; horizons do not count.
	 */
	static Integer titleYear(String folded) {
		StringBuilder rest = new StringBuilder(folded);
		Integer found = null;
		Matcher horizon = HORIZON.matcher(folded);
		while (horizon.find()) {
			blank(rest, horizon.start(1), horizon.end(1));
		}
		Matcher range = RANGE.matcher(rest);
		while (range.find()) {
			found = max(found, Integer.parseInt(range.group(1)));
			blank(rest, range.start(), range.end());
		}
		Matcher year = YEAR.matcher(rest);
		while (year.find()) {
			found = max(found, Integer.parseInt(year.group(1)));
		}
		return found;
	}

	private static void blank(StringBuilder text, int start, int end) {
		for (int i = start; i < end; i++) {
			text.setCharAt(i, ' ');
		}
	}

	private static Integer max(Integer a, int b) {
		return (a == null || b > a) ? b : a;
	}

	private static String latestCited(List<Reference> references) {
		String latest = null;
		for (Reference r : references) {
			String day = r.issuedOn();
			if (day != null && day.length() >= 10 && (latest == null || day.compareTo(latest) > 0)) {
				latest = day.substring(0, 10);
			}
		}
		return latest;
	}

}
