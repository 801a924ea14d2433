package io.directivegraph.extract.citation;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.directivegraph.extract.agency.AgencyResolver;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.text.OcrRepairs;
import io.directivegraph.extract.text.SourceText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citation forms from the seeds (clean and OCR): text, then kind:number[:date[:issuer]]
 * of each citation.
 */
class CitationFinderTest {

	private static final CitationFinder FINDER = new CitationFinder(DocumentKinds.defaults(),
			new AgencyResolver(Gazetteer.defaults()), Provinces.defaults());

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Nghị quyết số 13-NQ/TW ngày 02/4/2022 của Bộ Chính trị về phát triển | RESOLUTION:13-NQ/TW:2022-04-02:Bộ Chính trị
					Chi thi s6 29-\\nCT/TW ngay 21/01/2009 ciia Ban Bi thu                | DIRECTIVE:29-CT/TW:2009-01-21:Ban Bí thư
					Quy định số 144-CT/TW ngày 09/5/2024 của Bộ Chính trị                 | REGULATION:144-QĐ/TW:2024-05-09:Bộ Chính trị
					các Quyết định số 217, 218-QĐ/TW ngày 02/01/2014 của Bộ Chính trị     | DECISION:217-QĐ/TW:2014-01-02:Bộ Chính trị;DECISION:218-QĐ/TW:2014-01-02:Bộ Chính trị
					Đề án số 05 ĐA/TU ngày 30/12/2024                                     | PROJECT:05-ĐA/TU:2024-12-30
					Nghị quyết số 07/NQ/TU                                                | RESOLUTION:07-NQ/TU
					Kế hoạch số 62/KH UBND ngày 10/4/2023                                 | PLAN:62/KH-UBND:2023-04-10
					Nghị quyết số 30/2022/NQ-HĐND của Hội đồng nhân dân tỉnh              | RESOLUTION:30/2022/NQ-HĐND::Hội đồng nhân dân tỉnh
					Nghị quyết số 99/2023/QH15 của Quốc hội                               | RESOLUTION:99/2023/QH15::Quốc hội
					Chương trình hành động số 237a-CTr/TU                                 | PROGRAM:237a-CTr/TU
					Quyết định số 3637 ngày 15/12/2021                                    | DECISION:3637:2021-12-15
					Quyet dinh s6 11-QB/TW ngay 19/5/2021                                 | DECISION:11-QĐ/TW:2021-05-19
					""")
	void findsEveryCitationForm(String text, String expected) {
		SourceText source = SourceText.of(text.replace("\\n", "\n"), OcrRepairs.defaults());
		List<String> found = FINDER.find(source, 0, source.text().length()).stream().map((c) -> {
			String s = c.kind() + ":" + c.number();
			if (c.issuedOn() != null || c.issuer() != null) {
				s += ":" + ((c.issuedOn() != null) ? c.issuedOn() : "");
			}
			if (c.issuer() != null) {
				s += ":" + c.issuer();
			}
			return s;
		}).toList();
		assertThat(found).containsExactly(expected.split(";"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Quy định số 1120-QĐ/TU, ngày 01/6/2022 về “Bộ tiêu chí đánh giá cán bộ”, Kế hoạch số 37 | về Bộ tiêu chí đánh giá cán bộ
					Quy định số 1120-QĐ/TU ngày 01/6/2022 về “*Bộ tiêu chí đánh giá, xếp loại cán bộ*”. Lần đầu | về Bộ tiêu chí đánh giá, xếp loại cán bộ
					Nghị quyết số 06-NQ/TU về "Nâng cao chất lượng hoạt động của Mặt trận" và | về Nâng cao chất lượng hoạt động của Mặt trận
					Nghị quyết số 05-NQ/TU ngày 01/6/2022 về phát triển nguồn nhân lực; Đề án | về phát triển nguồn nhân lực
					""")
	void aTitleIsTheWholePhraseAfterVeQuotedOrNot(String text, String title) {
		SourceText source = SourceText.of(text, OcrRepairs.defaults());
		assertThat(FINDER.find(source, 0, source.text().length())).first()
			.satisfies((c) -> assertThat(c.title()).isEqualTo(title));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
											gắn với Nghị quyết Trung ương 4 (khóa XI, khóa XII) và        | Nghị quyết Hội nghị Trung ương 4 khóa XI;Nghị quyết Hội nghị Trung ương 4 khóa XII
											thực hiện Nghị quyết Hội nghị Trung ương 6 khoá XII về        | Nghị quyết Hội nghị Trung ương 6 khóa XII
											Nghị quyết Trung ương 4 khoá XI, XII gắn với                  | Nghị quyết Hội nghị Trung ương 4 khóa XI;Nghị quyết Hội nghị Trung ương 4 khóa XII
									Quy hoạch thành phố Cần Thơ thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 | Quy hoạch thành phố Cần Thơ thời kỳ 2021 - 2030
							thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030. | Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030
							Chương trình mục tiêu quốc gia giảm nghèo bền vững gắn với xây dựng nông thôn mới | Chương trình mục tiêu quốc gia giảm nghèo bền vững
							Chuong trinh muc tieu quoc gia xay dung nong thon moi phat trien toan dien | Chương trình mục tiêu quốc gia xây dựng nông thôn mới
							Chương trình mục tiêu quốc gia về việc làm, giai đoạn 2016 - 2020 | Chương trình mục tiêu quốc gia việc làm giai đoạn 2016 - 2020
					Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XIV, nhiệm kỳ 2020 - 2025 (viết tắt là Nghị quyết Đại hội) được thực hiện. Nghị quyết Đại hội đề ra 30 chỉ tiêu; Nghị quyết Đại hội XIII của Đảng | Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XIV;Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XIV;Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XIV;Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng
									Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030. Triển khai Quy hoạch tỉnh nghiêm túc | Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030;Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030
									Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030 và Quy hoạch tỉnh Sóc Trăng | Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030
											""")
	void findsNamedDocuments(String text, String expected) {
		SourceText source = SourceText.of(text, OcrRepairs.defaults());
		List<String> found = FINDER.find(source, 0, source.text().length(), null)
			.stream()
			.filter((c) -> c.number() == null)
			.map(Citation::name)
			.toList();
		assertThat(found).containsExactly(expected.split(";"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 | Hậu Giang | Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030
					Quy hoạch thành phố thời kỳ 2021 - 2030                   | Cần Thơ   | Quy hoạch thành phố Cần Thơ thời kỳ 2021 - 2030
					""")
	void aMasterPlanWithoutItsProvinceIsTheDocumentsOne(String text, String jurisdiction, String expected) {
		SourceText source = SourceText.of(text, OcrRepairs.defaults());
		assertThat(FINDER.find(source, 0, source.text().length(), jurisdiction)).extracting(Citation::name)
			.containsExactly(expected);
		assertThat(FINDER.find(source, 0, source.text().length())).isEmpty();
	}

}
