package io.directivegraph.agency;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.directivegraph.agency.ProvinceMergerSuccessions.Row;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.citation.Provinces;

import static org.assertj.core.api.Assertions.assertThat;

class SuccessionsFromMergerTest {

	private static final List<Row> ROWS = ProvinceMergerSuccessions.generate(Provinces.defaults().units(),
			Gazetteer.defaults().agencies());

	private static final LocalDate JULY_FIRST = LocalDate.of(2025, 7, 1);

	@Test
	void socTrangsBoardGoesToCanThosCityBoard() {
		assertThat(ROWS).contains(
				new Row("Ban Tổ chức Tỉnh ủy", "Sóc Trăng", "Ban Tổ chức Thành ủy", "Cần Thơ", JULY_FIRST),
				new Row("Ủy ban nhân dân tỉnh", "Sóc Trăng", "Ủy ban nhân dân thành phố", "Cần Thơ", JULY_FIRST),
				new Row("Tỉnh đoàn", "Sóc Trăng", "Thành đoàn", "Cần Thơ", JULY_FIRST),
				new Row("Sở Y tế", "Sóc Trăng", "Sở Y tế", "Cần Thơ", JULY_FIRST),
				new Row("Đảng ủy Ủy ban nhân dân tỉnh", "Sóc Trăng", "Đảng ủy Ủy ban nhân dân thành phố", "Cần Thơ",
						JULY_FIRST));
	}

	@Test
	void aProvinceIntoAProvinceKeepsTheProvincialForm() {
		assertThat(ROWS)
			.contains(new Row("Ban Tổ chức Tỉnh ủy", "Hà Giang", "Ban Tổ chức Tỉnh ủy", "Tuyên Quang", JULY_FIRST));
		assertThat(ROWS).noneMatch((r) -> r.fromJurisdiction().equals("Hà Giang") && r.toName().contains("Thành ủy"));
	}

	@Test
	void aProvinceThatWasNotMergedGeneratesNothing() {
		assertThat(ROWS)
			.noneMatch((r) -> r.fromJurisdiction().equals("Nghệ An") || r.toJurisdiction().equals("Nghệ An"));
		assertThat(ROWS).noneMatch((r) -> r.fromJurisdiction().equals("Cần Thơ"));
	}

	@Test
	void bodiesThatEndedBeforeTheMergerAreNotCarriedOver() {
		assertThat(ROWS).noneMatch((r) -> r.fromName().equals("Sở Kế hoạch và Đầu tư"));
		assertThat(ROWS).noneMatch((r) -> r.fromName().equals("Ban Tuyên giáo Tỉnh ủy"));
	}

	@Test
	void everyMergedProvinceHasItsRows() {
		assertThat(ROWS.stream().map(Row::fromJurisdiction).distinct().count()).isEqualTo(29);
		assertThat(ROWS).allMatch((r) -> r.on().equals(JULY_FIRST));
	}

	@Test
	void formsTurnBothWays() {
		assertThat(ProvinceMergerSuccessions.asCity("Ban Thường vụ Tỉnh đoàn")).isEqualTo("Ban Thường vụ Thành đoàn");
		assertThat(ProvinceMergerSuccessions.asProvince("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"))
			.isEqualTo("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh");
		assertThat(ProvinceMergerSuccessions.inForm("Sở Tư pháp", true)).isTrue();
		assertThat(ProvinceMergerSuccessions.inForm("Sở Tư pháp", false)).isTrue();
		assertThat(ProvinceMergerSuccessions.inForm("Thành ủy", false)).isFalse();
	}

}
