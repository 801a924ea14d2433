package io.directivegraph.extract.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.directivegraph.extract.text.WordAlternation;

/**
 * Document kinds, their words and symbols ({@code extract/kinds.tsv}), and issuer codes
 * ({@code extract/issuers.tsv}).
 */
public final class DocumentKinds {

	/**
	 * One kind: API value, the folded words that name it, its folded symbols, its
	 * canonical symbol, its Vietnamese name, and the colours the page and Neo4j Browser
	 * draw it in.
	 */
	public record Kind(String value, List<String> words, List<String> symbols, String canonicalSymbol, String name,
			String colour, String border) {
	}

	/**
	 * An issuer code: canonical spelling and whether documents carrying it are national.
	 */
	public record IssuerCode(String canonical, boolean national) {
	}

	private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

	private final List<Kind> kinds;

	private final Map<String, Kind> byWord = new HashMap<>();

	private final Map<String, Kind> bySymbol = new HashMap<>();

	private final Map<String, String> canonicalSymbols = new HashMap<>();

	private final Map<String, IssuerCode> issuers;

	private DocumentKinds(List<Kind> kinds, Map<String, IssuerCode> issuers) {
		this.kinds = kinds;
		this.issuers = issuers;
		for (Kind kind : kinds) {
			kind.words().forEach((w) -> this.byWord.put(w, kind));
			// The first kind listed for a symbol is the one a bare symbol means (QĐ:
			// Quyết định, not Quy định).
			kind.symbols().forEach((s) -> {
				this.bySymbol.putIfAbsent(s, kind);
				this.canonicalSymbols.putIfAbsent(s, kind.canonicalSymbol());
			});
		}
	}

	private static final DocumentKinds DEFAULTS = load();

	/** The kinds of {@code extract/kinds.tsv} (read once). */
	public static DocumentKinds defaults() {
		return DEFAULTS;
	}

	/** Every kind, in the order of the file. */
	public List<Kind> all() {
		return this.kinds;
	}

	private static DocumentKinds load() {
		List<Kind> kinds = new ArrayList<>();
		for (String[] row : rows("/extract/kinds.tsv")) {
			kinds.add(new Kind(row[0], List.of(row[1].split("\\|")), split(row, 2), row[3], row[4], row[5], row[6]));
		}
		Map<String, IssuerCode> issuers = new LinkedHashMap<>();
		for (String[] row : rows("/extract/issuers.tsv")) {
			issuers.put(row[0], new IssuerCode(row[1], "NATIONAL".equals(row[2])));
		}
		return new DocumentKinds(List.copyOf(kinds), issuers);
	}

	private static List<String> split(String[] row, int index) {
		return (row.length > index && !row[index].isBlank()) ? List.of(row[index].split("\\|")) : List.of();
	}

	static List<String[]> rows(String resource) {
		return io.directivegraph.extract.text.DataFiles.rows(resource);
	}

	/**
	 * Regex alternation of every kind word, words joined by any whitespace (line breaks
	 * too), the longest first where several match at one offset (see
	 * {@link WordAlternation}).
	 */
	public String wordPattern() {
		return WordAlternation.of(this.byWord.keySet());
	}

	/** The kind words, folded ("nghi quyet", "chuong trinh hanh dong" ...). */
	public java.util.Set<String> words() {
		return new java.util.TreeSet<>(this.byWord.keySet());
	}

	/**
	 * {@link #wordPattern()} at the start of a word only: what {@code (?<![a-z])} before
	 * it would say, checked faster.
	 */
	public String wordPatternAtWordStart() {
		return WordAlternation.of(this.byWord.keySet(), true);
	}

	/** Regex alternation of every symbol, longest first. */
	public String symbolPattern() {
		return this.bySymbol.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.reduce((a, b) -> a + "|" + b)
			.orElseThrow();
	}

	public Kind byWord(String foldedWords) {
		return this.byWord.get(WHITESPACE.matcher(foldedWords).replaceAll(" "));
	}

	public Kind bySymbol(String foldedSymbol) {
		return this.bySymbol.get(foldedSymbol);
	}

	public Kind byValue(String value) {
		return this.kinds.stream().filter((k) -> k.value().equals(value)).findFirst().orElse(null);
	}

	public String canonicalSymbol(String foldedSymbol) {
		return this.canonicalSymbols.getOrDefault(foldedSymbol, foldedSymbol.toUpperCase());
	}

	/** Whether the issuer code (folded, its term number aside) is one of the rules'. */
	public boolean knowsIssuer(String foldedCode) {
		return this.issuers.containsKey(foldedCode) || this.issuers.containsKey(foldedCode.replaceAll("\\d+$", ""));
	}

	public IssuerCode issuer(String foldedCode) {
		IssuerCode known = this.issuers.get(foldedCode);
		if (known != null) {
			return known;
		}
		String base = foldedCode.replaceAll("\\d+$", "");
		known = this.issuers.get(base);
		if (known != null) {
			return new IssuerCode(known.canonical() + foldedCode.substring(base.length()), known.national());
		}
		boolean provincial = base.endsWith("tu") || base.endsWith("ubnd") || base.endsWith("hdnd");
		return new IssuerCode(foldedCode.toUpperCase(), !provincial);
	}

}
