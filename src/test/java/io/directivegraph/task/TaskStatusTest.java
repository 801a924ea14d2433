package io.directivegraph.task;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status rules of DOMAIN.md: set on, deadline, completed on, the day asked, and what
 * a tracking office sees.
 */
class TaskStatusTest {

	@ParameterizedTest(name = "set {0}, due {1}, done {2}, asked {3} -> {4}")
	@CsvSource(nullValues = "-", textBlock = """
			2021-08-09, 2021-06-30, -,          2021-05-01, -
			2021-08-09, 2021-06-30, -,          2021-09-01, OVERDUE
			2021-08-09, 2021-12-31, -,          2021-09-01, PENDING
			2021-08-09, 2021-12-31, -,          2021-12-31, PENDING
			2021-08-09, -,          -,          2021-09-01, OPEN
			2021-08-09, 2021-12-31, 2021-11-15, 2022-01-01, DONE_ON_TIME
			2021-08-09, 2021-12-31, 2021-12-31, 2022-01-01, DONE_ON_TIME
			2021-08-09, 2021-06-30, 2021-10-01, 2022-01-01, DONE_LATE
			2021-08-09, 2021-06-30, 2021-10-01, 2021-09-01, OVERDUE
			2021-08-09, -,          2021-10-01, 2022-01-01, DONE_ON_TIME
			-,          2021-06-30, -,          2021-09-01, UNDATED
			-,          2030-06-30, -,          2021-09-01, UNDATED
			-,          -,          -,          2021-09-01, UNDATED
			-,          2021-06-30, 2021-05-01, 2021-09-01, DONE_ON_TIME
			-,          2021-06-30, 2021-10-01, 2021-09-01, UNDATED
			""")
	void statusOnTheDayAsked(LocalDate setOn, LocalDate deadline, LocalDate completedOn, LocalDate asOf,
			TaskStatus expected) {
		assertThat(TaskStatus.of(setOn, deadline, completedOn, asOf)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", textBlock = """
			2021-08-09, 2021-08-09
			2025-07,    2025-07-01
			2024,       2024-01-01
			x,          -
			""")
	void aPartialIssueDateStartsAtTheBeginningOfItsPeriod(String iso, LocalDate start) {
		assertThat(TaskStatus.start(iso)).isEqualTo(start);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", textBlock = """
			2021-08-09, 2021-08-09
			2025-07,    2025-07-31
			2024-02,    2024-02-29
			2024,       2024-12-31
			x,          -
			""")
	void aPartialIssueDateIsSurelyPastAtTheEndOfItsPeriod(String iso, LocalDate end) {
		assertThat(TaskStatus.end(iso)).isEqualTo(end);
	}

}
