package io.directivegraph.extract.citation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.text.WordAlternation;

/** Province names ({@code extract/provinces.tsv}), found in folded text. */
public final class Provinces {

	private final Map<String, String> byKey = new LinkedHashMap<>();

	/** Any province name, as a word of its own. */
	private final Pattern any;

	private Provinces(List<String> names) {
		names.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.forEach((name) -> this.byKey.put(Gazetteer.key(name), name));
		this.any = Pattern.compile("(?<![a-z])" + WordAlternation.of(this.byKey.keySet()) + "(?![a-z])");
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
		Matcher m = this.any.matcher(folded);
		if (!m.find()) {
			return Optional.empty();
		}
		return Optional.of(Map.entry(m.start(), this.byKey.get(m.group().replaceAll("\\s+", " "))));
	}

}
