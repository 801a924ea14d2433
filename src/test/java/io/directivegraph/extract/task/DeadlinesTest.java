package io.directivegraph.extract.task;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.directivegraph.extract.model.Extraction.Due;
import io.directivegraph.extract.text.Folding;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			thời gian hoàn thành trong quý II năm 2021                  | 2021-06-30
			thời gian hoàn thành trong quý IV/2022                      | 2022-12-31
			hoàn thành trong quý 3 năm 2025                             | 2025-09-30
			Đại hội cấp cơ sở hoàn thành trong tháng 6/2025             | 2025-06-30
			hoàn thành trong tháng 2 năm 2024                           | 2024-02-29
			báo cáo trước ngày 15/3/2025                                | 2025-03-15
			triển khai thực hiện trong năm 2021                         | 2021-12-31
			từ quý IV năm 2022 đến tháng 6 năm 2023                     | 2023-06-30
			nâng cao chất lượng giai đoạn 2021 - 2025                   | null
			""")
	void deadlineIsTheLastDayOfThePeriodNamed(String text, String deadline) {
		Due due = Deadlines.due(Folding.fold(text));
		assertThat((due != null) ? due.deadline() : null).isEqualTo(deadline);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			Hằng năm, Ủy ban Kiểm tra Tỉnh ủy chủ trì    | YEARLY
			định kỳ hàng quý báo cáo                      | QUARTERLY
			thường xuyên theo dõi                         | ONGOING
			hoàn thành trong quý II năm 2021              | null
			""")
	void recurrenceFromItsCueWords(String text, String recurrence) {
		assertThat(Deadlines.recurrence(Folding.fold(text))).isEqualTo(recurrence);
	}

}
