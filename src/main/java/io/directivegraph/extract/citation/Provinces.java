package io.directivegraph.extract.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.directivegraph.extract.agency.Csv;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.text.WordAlternation;

/**
 * Provincial-level units ({@code import/provinces.csv}, packaged as
 * {@code gazetteer/provinces.csv}): the 63 before the merger of 1 July 2025 and the 34
 * after, with their type, dates, successor and aliases. Found in folded text by name or
 * alias; a find always answers with the canonical name.
 */
public final class Provinces {

	/**
	 * One provincial-level unit. {@code from}/{@code until} are null where the name is
	 * current on that side; {@code successor} is the unit it merged into, the day after
	 * {@code until}.
	 */
	public record Unit(String name, String type, LocalDate from, LocalDate until, String successor,
			List<String> aliases) {

		/** Whether the unit is a centrally-run city ("thành phố"), not a "tỉnh". */
		public boolean city() {
			return "thành phố".equals(this.type);
		}

		/** Whether the unit existed under this name on that day. */
		public boolean currentOn(LocalDate on) {
			return (this.from == null || !on.isBefore(this.from)) && (this.until == null || !on.isAfter(this.until));
		}

	}

	private final List<Unit> units;

	private final Map<String, Unit> byName = new LinkedHashMap<>();

	/** Folded name or alias to canonical name, longest first. */
	private final Map<String, String> byKey = new LinkedHashMap<>();

	/** Any province name or alias, as a word of its own. */
	private final Pattern any;

	private Provinces(List<Unit> units) {
		this.units = List.copyOf(units);
		List<Map.Entry<String, String>> forms = new ArrayList<>();
		for (Unit unit : units) {
			this.byName.put(unit.name(), unit);
			forms.add(Map.entry(unit.name(), unit.name()));
			unit.aliases().forEach((alias) -> forms.add(Map.entry(alias, unit.name())));
		}
		forms.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> Gazetteer.key(e.getKey()).length())
				.reversed())
			.forEach((e) -> this.byKey.putIfAbsent(Gazetteer.key(e.getKey()), e.getValue()));
		this.any = Pattern.compile("(?<![a-z])" + WordAlternation.of(this.byKey.keySet()) + "(?![a-z])");
	}

	public static Provinces defaults() {
		try (InputStream in = Provinces.class.getResourceAsStream("/gazetteer/provinces.csv")) {
			if (in == null) {
				throw new IllegalStateException("gazetteer/provinces.csv is missing from the classpath");
			}
			return load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads {@code name,type,from,until,successor,aliases} (aliases {@code |}-separated).
	 */
	public static Provinces load(InputStream in) {
		List<Unit> units = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (header == null || !header.startsWith("name,type,from,until,successor,aliases")) {
				throw new IllegalArgumentException("provinces header must be name,type,from,until,successor,aliases");
			}
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				List<String> cells = Csv.parseLine(line);
				while (cells.size() < 6) {
					cells.add("");
				}
				List<String> aliases = cells.get(5).isBlank() ? List.of()
						: List.of(cells.get(5).split("\\|")).stream().map(Provinces::nfc).toList();
				units.add(new Unit(nfc(cells.get(0)), cells.get(1).strip(), date(cells.get(2)), date(cells.get(3)),
						blankToNull(nfc(cells.get(4))), aliases));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Provinces(units);
	}

	/** Every unit of the file, the former ones too. */
	public List<Unit> units() {
		return this.units;
	}

	/** The unit of a canonical name or alias. */
	public Optional<Unit> unit(String nameOrAlias) {
		return Optional.ofNullable(this.byKey.get(Gazetteer.key(nameOrAlias))).map(this.byName::get);
	}

	/**
	 * The province that the folded words start with (or are), if any: its canonical name.
	 */
	public Optional<String> find(String folded) {
		String key = Gazetteer.key(folded);
		for (Map.Entry<String, String> entry : this.byKey.entrySet()) {
			if (key.equals(entry.getKey()) || key.startsWith(entry.getKey() + " ")) {
				return Optional.of(entry.getValue());
			}
		}
		return Optional.empty();
	}

	/**
	 * The first province named anywhere in the folded text, with its offset. Punctuation
	 * between the words of a name counts as a space ("tp.hcm", "ba ria - vung tau").
	 */
	public Optional<Map.Entry<Integer, String>> first(String folded) {
		Matcher m = this.any.matcher(spaced(folded));
		if (!m.find()) {
			return Optional.empty();
		}
		return Optional.of(Map.entry(m.start(), this.byKey.get(m.group().replaceAll("\\s+", " "))));
	}

	/**
	 * The unit a former province merged into (a canonical name; the merger took effect on
	 * {@link #mergedOn(String)}), empty for a unit that was not merged away.
	 */
	public Optional<String> successor(String nameOrAlias) {
		return unit(nameOrAlias).map(Unit::successor);
	}

	/** The day a former province became part of its successor. */
	public Optional<LocalDate> mergedOn(String nameOrAlias) {
		return unit(nameOrAlias).filter((u) -> u.successor() != null && u.until() != null)
			.map((u) -> u.until().plusDays(1));
	}

	/** Whether the unit so named existed on that day (false for an unknown name). */
	public boolean isCurrent(String nameOrAlias, LocalDate on) {
		return unit(nameOrAlias).map((u) -> u.currentOn(on)).orElse(false);
	}

	/** One character for one: offsets in the result are offsets in the text. */
	private static String spaced(String folded) {
		char[] chars = folded.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || Character.isWhitespace(c) || Character.isLetter(c))) {
				chars[i] = ' ';
			}
		}
		return new String(chars);
	}

	private static LocalDate date(String cell) {
		return cell.isBlank() ? null : LocalDate.parse(cell.strip());
	}

	private static String blankToNull(String s) {
		return s.isBlank() ? null : s;
	}

	private static String nfc(String s) {
		return java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFC);
	}

}
