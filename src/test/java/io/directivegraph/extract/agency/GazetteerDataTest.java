package io.directivegraph.extract.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.directivegraph.extract.agency.Gazetteer.Agency;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged gazetteer ({@code import/agencies.csv}) as data: every surface form names
 * one agency, every parent is a row, kinds and levels are known, and a name that opens
 * with a level word ("Bộ …", "Sở …", "Tỉnh ủy") is of that level.
 */
class GazetteerDataTest {

	static final Set<String> KINDS = Set.of("PARTY_COMMITTEE", "PARTY_BOARD", "PARTY_DELEGATION", "STATE_BODY",
			"MINISTRY", "GOVERNMENT_AGENCY", "PEOPLES_COUNCIL", "PEOPLES_COMMITTEE", "DEPARTMENT", "FRONT",
			"COLLECTIVE", "OTHER");

	static final Set<String> LEVELS = Set.of("NATIONAL", "PROVINCE", "DISTRICT", "COMMUNE");

	private static final List<Agency> AGENCIES = Gazetteer.defaults().agencies();

	@Test
	void everyFormNamesOneAgency() {
		assertThat(sharedForms(AGENCIES)).isEmpty();
	}

	@Test
	void everyParentIsARow() {
		assertThat(orphans(AGENCIES)).isEmpty();
	}

	@Test
	void kindsAndLevelsAreKnown() {
		assertThat(unknownKindsOrLevels(AGENCIES)).isEmpty();
	}

	@Test
	void aNameOpeningWithALevelWordIsOfThatLevel() {
		assertThat(misplaced(AGENCIES)).isEmpty();
	}

	@Test
	void namesAreUnique() {
		Set<String> seen = new HashSet<>();
		assertThat(AGENCIES.stream().map(Agency::name).filter((n) -> !seen.add(n)).toList()).isEmpty();
	}

	@Test
	void aRowWithAnUnquotedCommaInItsAliasesIsRefused() {
		String csv = "name,kind,level,parent,aliases\nCác đơn vị thuộc Bộ,COLLECTIVE,NATIONAL,,"
				+ "Các đơn vị trực thuộc Bộ|Các cơ quan, đơn vị thuộc Bộ\n";
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> Gazetteer
				.load(new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("quote the aliases");
	}

	@Test
	void theChecksCatchBadRows() {
		// The checks themselves, on rows made to break them.
		List<Agency> bad = List.of(agency("Bộ Y tế", "MINISTRY", "NATIONAL", "Chính phủ"),
				agency("Sở Y tế", "DEPARTMENT", "PROVINCE", "Ủy ban nhân dân tỉnh", "Bộ Y Tế"),
				agency("Chính phủ", "STATE_BODY", "NATIONAL", ""),
				agency("Ủy ban nhân dân tỉnh", "PEOPLES_COMMITTEE", "PROVINCE", "Hội đồng nhân dân tỉnh"),
				agency("Bộ Xây dựng", "MINISTERY", "PROVINCE", "Chính phủ"),
				agency("Sở Tài chính", "DEPARTMENT", "NATIONAL", "Chính phủ"));
		assertThat(sharedForms(bad)).containsExactly("bo y te: Bộ Y tế, Sở Y tế");
		assertThat(orphans(bad)).containsExactly("Ủy ban nhân dân tỉnh: Hội đồng nhân dân tỉnh");
		assertThat(unknownKindsOrLevels(bad)).containsExactly("Bộ Xây dựng: MINISTERY PROVINCE");
		assertThat(misplaced(bad)).containsExactly("Bộ Xây dựng: PROVINCE", "Sở Tài chính: NATIONAL");
	}

	private static Agency agency(String name, String kind, String level, String parent, String... aliases) {
		return new Agency(name, kind, level, parent, List.of(aliases));
	}

	/** Folded forms given to more than one agency, as "form: first, second". */
	static List<String> sharedForms(List<Agency> agencies) {
		Map<String, String> owner = new HashMap<>();
		List<String> shared = new ArrayList<>();
		for (Agency agency : agencies) {
			List<String> forms = new ArrayList<>(agency.aliases());
			forms.add(0, agency.name());
			for (String form : forms) {
				String key = Gazetteer.key(form);
				String first = owner.putIfAbsent(key, agency.name());
				if (first != null && !first.equals(agency.name())) {
					shared.add(key + ": " + first + ", " + agency.name());
				}
			}
		}
		return shared;
	}

	static List<String> orphans(List<Agency> agencies) {
		Set<String> names = new HashSet<>();
		agencies.forEach((a) -> names.add(a.name()));
		return agencies.stream()
			.filter((a) -> !a.parent().isBlank() && !names.contains(a.parent()))
			.map((a) -> a.name() + ": " + a.parent())
			.toList();
	}

	static List<String> unknownKindsOrLevels(List<Agency> agencies) {
		return agencies.stream()
			.filter((a) -> !KINDS.contains(a.kind()) || !LEVELS.contains(a.level()))
			.map((a) -> a.name() + ": " + a.kind() + " " + a.level())
			.toList();
	}

	/**
	 * Names whose first word is a level word of another level. "Bộ Chỉ huy Quân sự tỉnh"
	 * and "Bộ Tư lệnh …" are military commands, not ministries.
	 */
	static List<String> misplaced(List<Agency> agencies) {
		List<String> wrong = new ArrayList<>();
		for (Agency agency : agencies) {
			String expected = levelOf(agency.name());
			if (expected != null && !expected.equals(agency.level())) {
				wrong.add(agency.name() + ": " + agency.level());
			}
		}
		return wrong;
	}

	private static String levelOf(String name) {
		if (name.startsWith("Bộ Chỉ huy ") || name.startsWith("Bộ Tư lệnh ")) {
			return null;
		}
		// With its diacritics: "Quận ủy" is of a district, "Quân ủy Trung ương" is not.
		String first = name.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
		return switch (first) {
			case "bộ" -> "NATIONAL";
			case "sở", "tỉnh" -> "PROVINCE";
			case "huyện", "quận" -> "DISTRICT";
			default -> null;
		};
	}

}
