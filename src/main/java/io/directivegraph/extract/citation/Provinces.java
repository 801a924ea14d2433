package io.directivegraph.extract.citation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.directivegraph.extract.agency.Gazetteer;

/** Province names ({@code extract/provinces.tsv}), found in folded text. */
public final class Provinces {

	private final Map<String, String> byKey = new LinkedHashMap<>();

	private final Map<java.util.regex.Pattern, String> patterns = new LinkedHashMap<>();

	private Provinces(List<String> names) {
		names.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.forEach((name) -> this.byKey.put(Gazetteer.key(name), name));
		this.byKey.forEach((key, name) -> this.patterns
			.put(java.util.regex.Pattern.compile("(?<![a-z])" + key.replace(" ", "\\s+") + "(?![a-z])"), name));
	}

	public static Provinces defaults() {
		return new Provinces(DocumentKinds.rows("/extract/provinces.tsv").stream().map((r) -> r[0].strip()).toList());
	}

	/** The province that the folded words start with (or are), if any. */
	public Optional<String> find(String folded) {
		String key = Gazetteer.key(folded);
		for (Map.Entry<String, String> entry : this.byKey.entrySet()) {
			if (key.equals(entry.getKey()) || key.startsWith(entry.getKey() + " ")) {
				return Optional.of(entry.getValue());
			}
		}
		return Optional.empty();
	}

	/** The first province named anywhere in the folded text, with its offset. */
	public Optional<Map.Entry<Integer, String>> first(String folded) {
		int best = Integer.MAX_VALUE;
		String found = null;
		for (Map.Entry<java.util.regex.Pattern, String> entry : this.patterns.entrySet()) {
			java.util.regex.Matcher m = entry.getKey().matcher(folded);
			if (m.find() && m.start() < best) {
				best = m.start();
				found = entry.getValue();
			}
		}
		return (found != null) ? Optional.of(Map.entry(best, found)) : Optional.empty();
	}

}
