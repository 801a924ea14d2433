package io.directivegraph.extract.structure;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.directivegraph.extract.model.Extraction.Reference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue date of a document whose text gives no full date: only what the text says.
 */
class IssueDatesTest {

	private static Reference cited(String issuedOn) {
		return new Reference("PLAN", "1/KH-UBND", null, issuedOn, null, null, null, 1, false, null);
	}

	@ParameterizedTest(name = "{0} | {1} | cites {2} -> {3} {4}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
							2025-07      | Báo cáo kết quả thực hiện Nghị quyết                          | -          | 2025-07-31 | HEADER_MONTH
							2024         | Báo cáo kết quả năm 2024                                      | -          | 2024-12-31 | HEADER_YEAR
							2024-02      | Kế hoạch tháng 2                                              | -          | 2024-02-29 | HEADER_MONTH
							-            | Chương trình thực hiện nhiệm vụ công tác năm 2025             | -          | 2025-01-01 | TITLE_YEAR
							-            | Chương trình thực hiện nhiệm vụ công tác năm 2025             | 2025-02-10 | 2025-02-10 | LATEST_CITED
							-            | Chương trình thực hiện nhiệm vụ công tác năm 2025             | 2024-09-11 | 2025-01-01 | TITLE_YEAR
							-            | Báo cáo kết quả năm 2024 và phương hướng nhiệm vụ năm 2025    | -          | 2025-01-01 | TITLE_YEAR
							-            | Kế hoạch phát triển giai đoạn 2021 - 2025                     | -          | 2021-01-01 | TITLE_YEAR
							-            | Quy hoạch tỉnh thời kỳ 2021 – 2030, tầm nhìn đến năm 2050     | -          | 2021-01-01 | TITLE_YEAR
							-            | Chiến lược phát triển đến năm 2030                            | 2022-05-03 | 2022-05-03 | LATEST_CITED
							-            | Chiến lược phát triển đến năm 2030                            | -          | -          | -
							-            | Kế hoạch tuyên truyền                                         | -          | -          | -
							2026-03-05   | Kế hoạch năm 2026                                             | 2026-01-01 | -          | -
					2025-13      | Kế hoạch năm 2025                                             | -          | 2025-01-01 | TITLE_YEAR
							""")
	void infersOnlyFromWhatTheTextSays(String issuedOn, String title, String cited, String date, String basis) {
		IssueDates.Inferred inferred = IssueDates.infer(issuedOn, title,
				(cited != null) ? List.of(cited(cited), cited(null)) : List.of());
		if (date == null) {
			assertThat(inferred).isNull();
		}
		else {
			assertThat(inferred).isEqualTo(new IssueDates.Inferred(date, IssueDates.Basis.valueOf(basis)));
		}
	}

}
