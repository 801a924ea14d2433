package io.directivegraph.domain;

import java.util.Locale;

import io.directivegraph.extract.text.Folding;

/**
 * Stable, URL-safe ids. A document is identified by jurisdiction + kind + number + issue
 * year (Party numbers restart every term, State numbers every year: DOMAIN.md), e.g.
 * {@code hau-giang.program.50-ctr-tu.2021}; an unnumbered named document by jurisdiction
 * + kind + name; an agency by jurisdiction + canonical name.
 */
public final class DocumentIds {

	/** The jurisdiction of national documents and agencies. */
	public static final String NATIONAL = "Việt Nam";

	private DocumentIds() {
	}

	public static String slug(String text) {
		String folded = Folding.fold(text).toLowerCase(Locale.ROOT);
		// Runs of anything but [a-z0-9] become one '-', none at either end (a loop: ids
		// are made for every task and agency of a bulk ingest).
		StringBuilder slug = new StringBuilder(folded.length());
		boolean dash = false;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (dash && slug.length() > 0) {
					slug.append('-');
				}
				slug.append(c);
				dash = false;
			}
			else {
				dash = true;
			}
		}
		return slug.isEmpty() ? "x" : slug.toString();
	}

	public static String jurisdiction(String jurisdiction) {
		return (jurisdiction == null || jurisdiction.isBlank()) ? NATIONAL : jurisdiction;
	}

	/**
	 * A numbered document; {@code year} null when unknown (then the id says so and
	 * resolution decides).
	 */
	public static String numbered(String jurisdiction, String kind, String number, String year) {
		return slug(jurisdiction(jurisdiction)) + "." + kind.toLowerCase(Locale.ROOT) + "."
				+ slug(withoutYear(number, year)) + "." + ((year != null) ? year : "undated");
	}

	private static final java.util.regex.Pattern YEAR_IN_NUMBER = java.util.regex.Pattern
		.compile("^([^/]+)/((?:19|20)\\d{2})/(.+)$");

	/**
	 * The number without the issue year State numbers may carry: {@code 14/2026/NQ-CP}
	 * and {@code 14/NQ-CP} of 2026 are one document (DOMAIN.md), so they have one id. A
	 * year other than the issue year is kept (it is then part of the number).
	 */
	static String withoutYear(String number, String year) {
		java.util.regex.Matcher m = YEAR_IN_NUMBER.matcher(number);
		if (m.matches() && (year == null || year.equals(m.group(2)))) {
			return m.group(1) + "/" + m.group(3);
		}
		return number;
	}

	/** A named unnumbered document ("Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030"). */
	public static String named(String jurisdiction, String kind, String name) {
		String slug = slug(name);
		return slug(jurisdiction(jurisdiction)) + "." + kind.toLowerCase(Locale.ROOT) + "."
				+ ((slug.length() > 120) ? slug.substring(0, 120) : slug);
	}

	public static String agency(String jurisdiction, String name) {
		return slug(jurisdiction(jurisdiction)) + "." + slug(name);
	}

	/**
	 * The year of an ISO date, year-month or year; or the year a State number carries
	 * ("30/2022/NQ-HĐND").
	 */
	public static String year(String issuedOn, String number) {
		if (issuedOn != null && issuedOn.length() >= 4) {
			return issuedOn.substring(0, 4);
		}
		if (number != null) {
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("/((?:19|20)\\d{2})/").matcher(number);
			if (m.find()) {
				return m.group(1);
			}
		}
		return null;
	}

	/**
	 * Graph label of a document kind: RESOLUTION to Resolution, MASTER_PLAN to
	 * MasterPlan.
	 */
	public static String label(String kind) {
		StringBuilder label = new StringBuilder();
		for (String part : kind.toLowerCase(Locale.ROOT).split("_")) {
			label.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return label.toString();
	}

}
