package io.directivegraph.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known OCR confusions, repaired in the folded text ({@code pang} for {@code dang},
 * {@code qb} for {@code qd}, {@code s6} for {@code so}, {@code quy |} for {@code quy i}).
 * Rules come from {@code extract/ocr-repairs.tsv}: a regular expression on folded text, a
 * tab, and its replacement, which must not be longer than what it replaces (the folded
 * text keeps the length of the original; shorter replacements are padded with spaces).
 */
public final class OcrRepairs {

	private final List<Rule> rules;

	private OcrRepairs(List<Rule> rules) {
		this.rules = rules;
	}

	private record Rule(Pattern pattern, String replacement) {
	}

	public static OcrRepairs none() {
		return new OcrRepairs(List.of());
	}

	public static OcrRepairs load(InputStream in) {
		List<Rule> rules = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t");
				if (parts.length != 2) {
					throw new IllegalArgumentException("OCR repair rule needs 'regex<TAB>replacement': " + line);
				}
				rules.add(new Rule(Pattern.compile(parts[0]), parts[1]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new OcrRepairs(List.copyOf(rules));
	}

	public static OcrRepairs defaults() {
		try (InputStream in = OcrRepairs.class.getResourceAsStream("/extract/ocr-repairs.tsv")) {
			if (in == null) {
				throw new IllegalStateException("extract/ocr-repairs.tsv is missing from the classpath");
			}
			return load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Applies every rule in order to {@code folded}, in place, keeping its length. */
	void apply(char[] folded) {
		for (Rule rule : this.rules) {
			Matcher matcher = rule.pattern().matcher(java.nio.CharBuffer.wrap(folded));
			List<int[]> hits = new ArrayList<>();
			boolean group = matcher.groupCount() >= 1;
			while (matcher.find()) {
				hits.add(group ? new int[] { matcher.start(1), matcher.end(1) }
						: new int[] { matcher.start(), matcher.end() });
			}
			for (int[] hit : hits) {
				int length = hit[1] - hit[0];
				String replacement = rule.replacement();
				for (int i = 0; i < length; i++) {
					folded[hit[0] + i] = (i < replacement.length()) ? replacement.charAt(i) : ' ';
				}
			}
		}
	}

}
