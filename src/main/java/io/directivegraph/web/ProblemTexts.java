package io.directivegraph.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import io.directivegraph.extract.text.DataFiles;

/**
 * The API's error texts in English and Vietnamese ({@code vocabulary/problems.tsv}): the
 * one registry of them. Every problem the API answers names its row as {@code code}; its
 * title and detail are Vietnamese when the request's {@code Accept-Language} prefers
 * Vietnamese (the page's requests do), English otherwise, so a program keeps reading
 * English and a person on the page reads Vietnamese.
 */
public final class ProblemTexts {

	/** One row of the registry. */
	public record Text(String code, String titleEn, String titleVi, String detailEn, String detailVi) {

		String title(boolean vietnamese) {
			return vietnamese ? this.titleVi : this.titleEn;
		}

		String detail(boolean vietnamese) {
			return vietnamese ? this.detailVi : this.detailEn;
		}

	}

	/**
	 * {@code {0}}, {@code {1}} …: the values a text names. Not
	 * {@link java.text.MessageFormat}: its apostrophes quote ("'{0}' is not a date" would
	 * print the braces) and it groups numbers by locale ("1.234" lines in Vietnamese),
	 * neither of which these texts want.
	 */
	private static final Pattern SLOT = Pattern.compile("\\{(\\d)}");

	private static final Map<String, Text> TEXTS = load();

	private ProblemTexts() {
	}

	private static Map<String, Text> load() {
		Map<String, Text> texts = new LinkedHashMap<>();
		for (String[] c : DataFiles.rows("/vocabulary/problems.tsv")) {
			if (c.length != 5) {
				throw new IllegalStateException("vocabulary/problems.tsv: " + c[0] + " has " + c.length
						+ " columns, not 5 (code, English title, Vietnamese title, English detail, Vietnamese detail)");
			}
			texts.put(c[0], new Text(c[0], c[1], c[2], c[3], c[4]));
		}
		return Map.copyOf(texts);
	}

	/** The codes of the registry. */
	public static Set<String> codes() {
		return TEXTS.keySet();
	}

	/** The row of a code. */
	public static Text text(String code) {
		Text text = TEXTS.get(code);
		if (text == null) {
			throw new IllegalArgumentException("No problem text '" + code + "' in vocabulary/problems.tsv");
		}
		return text;
	}

	/**
	 * The English detail of a code with its values: the exception's message, for logs.
	 */
	public static String english(String code, Object... args) {
		return fill(text(code).detailEn(), args);
	}

	/** A template with its slots filled by the values, in order. */
	static String fill(String template, Object... args) {
		Matcher slot = SLOT.matcher(template);
		StringBuilder out = new StringBuilder();
		while (slot.find()) {
			int index = slot.group(1).charAt(0) - '0';
			slot.appendReplacement(out,
					Matcher.quoteReplacement((index < args.length) ? String.valueOf(args[index]) : slot.group()));
		}
		slot.appendTail(out);
		return out.toString();
	}

	/** The slots a template names. */
	static Set<Integer> slots(String template) {
		return SLOT.matcher(template)
			.results()
			.map((m) -> m.group(1).charAt(0) - '0')
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * Whether an {@code Accept-Language} header ranks Vietnamese above English
	 * ({@code vi-VN,vi;q=0.9,en;q=0.8} does, {@code en-US,en;q=0.9,vi;q=0.5} and no
	 * header do not).
	 */
	public static boolean prefersVietnamese(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return false;
		}
		try {
			String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("vi", "en"));
			return "vi".equals(best);
		}
		catch (IllegalArgumentException ex) {
			// A malformed header: the default language.
			return false;
		}
	}

	/** The problem of a code, in the language asked, naming its code. */
	public static ProblemDetail problem(HttpStatus status, boolean vietnamese, String code, Object... args) {
		Text text = text(code);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, fill(text.detail(vietnamese), args));
		problem.setTitle(text.title(vietnamese));
		problem.setProperty("code", code);
		return problem;
	}

}
