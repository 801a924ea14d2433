package io.directivegraph.extract.text;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTextTest {

	private static final OcrRepairs REPAIRS = OcrRepairs.defaults();

	@Test
	void nfdInputGivesTheSameTextAsNfc() {
		String nfc = "Ban Chấp hành Đảng bộ tỉnh\nQuý IV năm 2021";
		String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
		assertThat(SourceText.of(nfd, REPAIRS).text()).isEqualTo(nfc);
		assertThat(SourceText.of(nfd, REPAIRS).folded()).isEqualTo(SourceText.of(nfc, REPAIRS).folded());
	}

	@Test
	void foldedTextKeepsOffsetsAndLines() {
		SourceText text = SourceText.of("**BÁO CÁO**\nNghị quyết số 29-\nCT/TW<sup>3</sup> của Bộ Chính \ntrị",
				REPAIRS);
		assertThat(text.folded()).hasSameSizeAs(text.text());
		assertThat(text.folded()).startsWith("  bao cao  \nnghi quyet so 29-\nct/tw");
		assertThat(text.lineOf(text.folded().indexOf("ct/tw"))).isEqualTo(3);
		assertThat(text.footnoteMarks()).extracting(SourceText.FootnoteMark::marker).containsExactly("3");
	}

	@Test
	void footnoteBodiesAreLinkedToTheMarkThatCitesThem() {
		SourceText text = SourceText.of("""
				Đảng bộ lãnh đạo<sup>1</sup> thực hiện.
				Báo cáo khác<sup>1</sup> và<sup>2</sup>.
				<sup>1</sup> Nghị quyết số 07-NQ/TU.
				<sup>2</sup> Kết luận số 01-KL/TW.
				""", REPAIRS);
		assertThat(text.footnoteCitedAt(3)).isEqualTo(2);
		assertThat(text.footnoteCitedAt(4)).isEqualTo(2);
		assertThat(text.footnoteCitedAt(1)).isNull();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiterString = "=>", textBlock = """
			Pang bo tinh                     => dang bo tinh
			Quy dinh s6 11-QB/TW             => quy dinh so 11-qd/tw
			trong quy | nam 2022 => trong quy i nam 2022
			trong quy Il nam 2021 => trong quy ii nam 2021
			trong quy 11 nam 2021 => trong quy ii nam 2021
			Nghl quyet Pai hoi XIII => nghi quyet dai hoi xiii
			Ban T6 chirc Tinh iy chi tri => ban to chirc tinh uy chu tri
			""")
	void repairsKnownOcrConfusions(String ocr, String folded) {
		assertThat(SourceText.of(ocr, REPAIRS).folded().strip()).isEqualTo(folded);
	}

}
