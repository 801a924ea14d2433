package io.directivegraph.extract.citation;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.directivegraph.extract.citation.Provinces.Unit;
import io.directivegraph.extract.text.Folding;

import static org.assertj.core.api.Assertions.assertThat;

class ProvincesTest {

	private static final Provinces PROVINCES = Provinces.defaults();

	@Test
	void sixtyThreeBeforeTheMergerAndThirtyFourAfter() {
		LocalDate before = LocalDate.of(2025, 6, 30);
		LocalDate after = LocalDate.of(2025, 7, 1);
		assertThat(PROVINCES.units().stream().filter((u) -> u.currentOn(before)).count()).isEqualTo(63);
		assertThat(PROVINCES.units().stream().filter((u) -> u.currentOn(after)).count()).isEqualTo(34);
		assertThat(PROVINCES.units().stream().filter((u) -> u.currentOn(after) && u.city()).map(Unit::name))
			.containsExactlyInAnyOrder("Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ");
	}

	@Test
	void everySuccessorIsACurrentUnit() {
		for (Unit unit : PROVINCES.units()) {
			if (unit.successor() != null) {
				assertThat(PROVINCES.isCurrent(unit.successor(), LocalDate.of(2025, 7, 1))).as(unit.name()).isTrue();
				assertThat(unit.until()).as(unit.name()).isEqualTo(LocalDate.of(2025, 6, 30));
			}
		}
	}

	@Test
	void hauGiangMergedIntoCanThoOnTheFirstOfJuly() {
		assertThat(PROVINCES.successor("Hậu Giang")).contains("Cần Thơ");
		assertThat(PROVINCES.mergedOn("Hậu Giang")).contains(LocalDate.of(2025, 7, 1));
		assertThat(PROVINCES.isCurrent("Hậu Giang", LocalDate.of(2025, 6, 30))).isTrue();
		assertThat(PROVINCES.isCurrent("Hậu Giang", LocalDate.of(2025, 7, 1))).isFalse();
		assertThat(PROVINCES.isCurrent("Cần Thơ", LocalDate.of(2025, 7, 1))).isTrue();
	}

	@Test
	void ngheAnIsUnchanged() {
		assertThat(PROVINCES.successor("Nghệ An")).isEmpty();
		assertThat(PROVINCES.mergedOn("Nghệ An")).isEmpty();
		assertThat(PROVINCES.isCurrent("Nghệ An", LocalDate.of(2020, 1, 1))).isTrue();
		assertThat(PROVINCES.isCurrent("Nghệ An", LocalDate.of(2026, 12, 1))).isTrue();
		assertThat(PROVINCES.isCurrent("Atlantis", LocalDate.of(2026, 12, 1))).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ủy ban nhân dân TP.HCM giao                | Thành phố Hồ Chí Minh
			UBND TP. Hồ Chí Minh                         | Thành phố Hồ Chí Minh
			tỉnh Bà Rịa - Vũng Tàu                       | Bà Rịa - Vũng Tàu
			tỉnh Bà Rịa-Vũng Tàu                         | Bà Rịa - Vũng Tàu
			tỉnh Thừa Thiên Huế                          | Huế
			Tỉnh ủy Hậu Giang                            | Hậu Giang
			""")
	void aliasesAnswerWithTheCanonicalName(String text, String province) {
		assertThat(PROVINCES.first(Folding.fold(text)).map(Map.Entry::getValue)).contains(province);
		assertThat(PROVINCES.successor("Bà Rịa-Vũng Tàu")).contains("Thành phố Hồ Chí Minh");
	}

	@Test
	void everyNameAndAliasIsFoundWhereItIs() {
		for (Unit unit : PROVINCES.units()) {
			for (String form : java.util.stream.Stream
				.concat(java.util.stream.Stream.of(unit.name()), unit.aliases().stream())
				.toList()) {
				String text = "căn cứ tình hình tại " + form + ", giao";
				var found = PROVINCES.first(Folding.fold(text));
				assertThat(found).as(form).isPresent();
				assertThat(found.get().getKey()).as(form).isEqualTo("căn cứ tình hình tại ".length());
				assertThat(found.get().getValue()).as(form).isEqualTo(unit.name());
				assertThat(PROVINCES.find(Folding.fold(form))).as(form).contains(unit.name());
			}
		}
	}

}
