package io.directivegraph.extract.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.directivegraph.extract.text.Folding;

/**
 * The agency gazetteer ({@code import/agencies.csv}, packaged as
 * {@code gazetteer/agencies.csv}): canonical names, their kind, level (NATIONAL,
 * PROVINCE, DISTRICT), parent body and surface forms. Looked up by folded surface form.
 */
public final class Gazetteer {

	/**
	 * One agency of the gazetteer. Names of PROVINCE-level agencies hold no province:
	 * that comes from context.
	 */
	public record Agency(String name, String kind, String level, String parent, List<String> aliases) {

		public boolean national() {
			return "NATIONAL".equals(this.level);
		}

	}

	private static final java.util.regex.Pattern NOT_KEY = java.util.regex.Pattern.compile("[^a-z0-9]+");

	private final List<Agency> agencies;

	private final Map<String, Agency> byForm;

	private final int longestForm;

	private Gazetteer(List<Agency> agencies) {
		this.agencies = Collections.unmodifiableList(agencies);
		Map<String, Agency> forms = new HashMap<>();
		int longest = 0;
		for (Agency agency : agencies) {
			List<String> all = new ArrayList<>();
			all.add(agency.name());
			all.addAll(agency.aliases());
			for (String form : all) {
				String key = key(form);
				if (!key.isEmpty()) {
					forms.putIfAbsent(key, agency);
					longest = Math.max(longest, key.split(" ").length);
				}
			}
		}
		this.byForm = forms;
		this.longestForm = longest;
	}

	public static Gazetteer defaults() {
		try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/agencies.csv")) {
			if (in == null) {
				throw new IllegalStateException("gazetteer/agencies.csv is missing from the classpath");
			}
			return load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Gazetteer load(InputStream in) {
		List<Agency> agencies = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (header == null || !header.startsWith("name,kind,level,parent,aliases")) {
				throw new IllegalArgumentException("gazetteer header must be name,kind,level,parent,aliases");
			}
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				List<String> cells = Csv.parseLine(line);
				if (cells.size() > 5) {
					// An alias list with a comma outside quotes would silently lose its
					// tail (and give "Các cơ quan" to the wrong agency).
					throw new IllegalArgumentException(
							"gazetteer row has " + cells.size() + " cells, 5 at most (quote the aliases): " + line);
				}
				while (cells.size() < 5) {
					cells.add("");
				}
				List<String> aliases = cells.get(4).isBlank() ? List.of() : List.of(cells.get(4).split("\\|"));
				agencies.add(new Agency(nfc(cells.get(0)), cells.get(1), cells.get(2), nfc(cells.get(3)),
						aliases.stream().map(Gazetteer::nfc).toList()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Gazetteer(agencies);
	}

	private static String nfc(String s) {
		return java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFC);
	}

	/** Folded, punctuation-free, single-spaced form used as the lookup key. */
	public static String key(String surface) {
		return NOT_KEY.matcher(Folding.fold(surface)).replaceAll(" ").strip();
	}

	public Agency byKey(String key) {
		return this.byForm.get(key);
	}

	public Agency byName(String name) {
		return this.byForm.get(key(name));
	}

	public List<Agency> agencies() {
		return this.agencies;
	}

	Map<String, Agency> forms() {
		return this.byForm;
	}

	int longestForm() {
		return this.longestForm;
	}

}
