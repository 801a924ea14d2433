package io.directivegraph.extract.citation;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.directivegraph.extract.agency.AgencyResolver;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.text.OcrRepairs;
import io.directivegraph.extract.text.SourceText;

import static org.assertj.core.api.Assertions.assertThat;

/** Relation cues between cited documents: text, then from>TYPE>to of each relation. */
class RelationFinderTest {

	private static final CitationFinder CITATIONS = new CitationFinder(DocumentKinds.defaults(),
			new AgencyResolver(Gazetteer.defaults()), Provinces.defaults());

	private static final RelationFinder RELATIONS = new RelationFinder();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị.      | 01-KL/TW>IMPLEMENTS>05-CT/TW
					Triển khai Quy hoạch tỉnh Sóc Trăng thời kỳ 2021 - 2030 được Thủ tướng Chính phủ phê duyệt tại Quyết định số 995/QĐ-TTg, ngày 25/8/2023. | 995/QĐ-TTg>APPROVES>Quy hoạch tỉnh Sóc Trăng thời kỳ 2021 - 2030
					Chương trình số 07-CTr/TU thực hiện Nghị quyết số 21-NQ/TW.                                                | 07-CTr/TU>IMPLEMENTS>21-NQ/TW
					""")
	void findsRelationsBetweenCitedDocuments(String text, String expected) {
		assertThat(relations(text, true)).containsExactly(expected.split(";"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					Quán triệt và thực hiện nghiêm Nghị quyết số 21-NQ/TW và triển khai thực hiện có hiệu quả Nghị quyết số 05-NQ/TU. | -
					Ban Chấp hành ban hành Chương trình số 50-CTr/TU (thay thế Chương trình số 07-CTr/TU), vừa cụ thể hóa Nghị quyết số 21-NQ/TW. | 50-CTr/TU>SUPERSEDES>07-CTr/TU;50-CTr/TU>IMPLEMENTS>21-NQ/TW
					Nghị quyết số 12-NQ/TW của Bộ Chính trị triển khai thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy.                    | -
					Quyết định số 825/QĐ-TTg ngày 10/6/2020 thực hiện Nghị quyết số 57/NQ-CP ngày 05/5/2022.                             | -
					Nghị quyết số 05-NQ/TU triển khai thực hiện Kế hoạch số 116-KH/TU.                                                    | -
					Kế hoạch số 116-KH/TU ngày 10/8/2022 triển khai thực hiện Nghị quyết số 12-NQ/TW ngày 16/3/2022.                       | 116-KH/TU>IMPLEMENTS>12-NQ/TW
					""")
	void aCitedDocumentImplementsAnotherOnlyWhereTheSentenceAndTheirNaturesSaySo(String text, String expected) {
		assertThat(relations(text, true)).isEqualTo((expected != null) ? List.of(expected.split(";")) : List.of());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Chương trình số 07-CTr/TU\\n\\nthực hiện Nghị quyết số 21-NQ/TW. | true  |
			Chương trình số 07-CTr/TU\\n\\nthực hiện Nghị quyết số 21-NQ/TW. | false | 07-CTr/TU>IMPLEMENTS>21-NQ/TW
			""")
	void aBlankLineEndsTheSentenceUnlessEveryLineIsFollowedByOne(String text, boolean paragraphs, String expected) {
		assertThat(relations(text, paragraphs)).isEqualTo((expected != null) ? List.of(expected) : List.of());
	}

	private static List<String> relations(String text, boolean paragraphs) {
		SourceText source = SourceText.of(text.replace("\\n", "\n"), OcrRepairs.defaults());
		List<Citation> citations = CITATIONS.find(source, 0, source.text().length());
		return RELATIONS.find(source, citations, 0, null, paragraphs)
			.stream()
			.map((r) -> r.from() + ">" + r.type() + ">" + r.to())
			.toList();
	}

}
