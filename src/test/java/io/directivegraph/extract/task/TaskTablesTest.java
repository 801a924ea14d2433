package io.directivegraph.extract.task;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.directivegraph.extract.model.Extraction;
import io.directivegraph.extract.model.Extraction.Task;
import io.directivegraph.extract.Extractor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same task table written the ways converted documents write it: each row is a task.
 */
class TaskTablesTest {

	private static final Extractor EXTRACTOR = Extractor.defaults();

	private static final String PREAMBLE = """
			KẾ HOẠCH
			Thực hiện Chương trình số 50-CTr/TU ngày 09/8/2021 của Tỉnh ủy

			Phụ lục: DANH MỤC NHIỆM VỤ
			""";

	private static final String MARKDOWN = """
			| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian hoàn thành |
			|---|---|---|---|---|---|
			| 1 | Xây dựng Đề án phát triển du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | UBND các huyện | Đề án | Quý III/2026 |
			| 2 | Rà soát Kế hoạch số 12/KH-UBND ngày 05/3/2024 | Sở Công Thương | | Kế hoạch | Thường xuyên |
			| 3 | Xây dựng Nghị quyết về phát triển nguồn nhân lực | Ban cán sự đảng UBND tỉnh | Ban Tổ chức Tỉnh ủy, Sở Nội vụ | Nghị quyết | Tháng 6/2026 |
			| | giai đoạn 2026 - 2030 | | | | |
			""";

	private static final String TABS = """
			STT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tSản phẩm đầu ra\tMốc hoàn thành
			1\tXây dựng Đề án phát triển du lịch cộng đồng\tSở Văn hóa, Thể thao và Du lịch\tUBND các huyện\tĐề án\tQuý III/2026
			2\tRà soát Kế hoạch số 12/KH-UBND ngày 05/3/2024\tSở Công Thương\t\tKế hoạch\tThường xuyên
			3\tXây dựng Nghị quyết về phát triển nguồn nhân lực\tBan cán sự đảng UBND tỉnh\tBan Tổ chức Tỉnh ủy, Sở Nội vụ\tNghị quyết\tTháng 6/2026
			\tgiai đoạn 2026 - 2030\t\t\t\t
			""";

	private static final String SPACES = """
			STT   Nội dung nhiệm vụ                                   Cơ quan chủ trì                   Sản phẩm     Thời gian hoàn thành
			1     Xây dựng Đề án phát triển du lịch cộng đồng         Sở Văn hóa, Thể thao và Du lịch   Đề án        Quý III/2026
			2     Rà soát Kế hoạch số 12/KH-UBND ngày 05/3/2024       Sở Công Thương                    Kế hoạch     Thường xuyên
			3     Xây dựng Nghị quyết về phát triển nguồn nhân lực    Ban cán sự đảng UBND tỉnh         Nghị quyết   Tháng 6/2026
			""";

	/**
	 * A table converted from a web page or a spreadsheet: cells between pipes, no outer
	 * pipes.
	 */
	private static final String PIPES = """
			STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | Thời gian hoàn thành
			1 | Xây dựng Đề án phát triển du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | UBND các huyện | Đề án | Quý III/2026
			2 | Rà soát Kế hoạch số 12/KH-UBND ngày 05/3/2024 | Sở Công Thương | | Kế hoạch | Thường xuyên
			3 | Xây dựng Nghị quyết về phát triển nguồn nhân lực | Ban cán sự đảng UBND tỉnh | Ban Tổ chức Tỉnh ủy, Sở Nội vụ | Nghị quyết | Tháng 6/2026
			""";

	@ParameterizedTest
	@ValueSource(strings = { "markdown", "tabs", "spaces", "pipes" })
	void everyRowIsATaskWithItsLeadProductAndDeadline(String layout) {
		String table = switch (layout) {
			case "markdown" -> MARKDOWN;
			case "tabs" -> TABS;
			case "pipes" -> PIPES;
			default -> SPACES;
		};
		Extraction extraction = EXTRACTOR.extract("plan.txt", (PREAMBLE + table).getBytes(StandardCharsets.UTF_8));
		List<Task> tasks = extraction.documents().get(0).tasks();

		assertThat(tasks).extracting(Task::lead)
			.containsExactly("Sở Văn hóa, Thể thao và Du lịch", "Sở Công Thương",
					"Ban cán sự đảng Ủy ban nhân dân tỉnh");
		assertThat(tasks).extracting(Task::output).containsExactly("PROJECT", "PLAN", "RESOLUTION");
		assertThat(tasks).extracting((t) -> t.due() == null ? null : t.due().deadline())
			.containsExactly("2026-09-30", null, "2026-06-30");
		assertThat(tasks.get(1).recurrence()).isEqualTo("ONGOING");
		// Header on line 6; Markdown has a separator row under it.
		int first = layout.equals("markdown") ? 8 : 7;
		assertThat(tasks).extracting(Task::line).containsExactly(first - 1, first, first + 1);
		if (!layout.equals("spaces") && !layout.equals("pipes")) {
			assertThat(tasks.get(2).title()).endsWith("giai đoạn 2026 - 2030");
			assertThat(tasks.get(2).coordinating()).containsExactly("Ban Tổ chức Tỉnh ủy", "Sở Nội vụ");
		}
	}

	@org.junit.jupiter.api.Test
	void aLeadCellNamesEveryLeadItHoldsAndKeepsANamedUnitAsWritten() {
		String table = """
				| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
				|---|---|---|---|---|
				| 1 | Duy trì giám sát hành trình tàu cá | Sở NN&MT; Bộ Chỉ huy Bộ đội Biên phòng tỉnh | Công an tỉnh | Hằng tháng |
				| 2 | Thí điểm xe điện chở khách du lịch | UBND đặc khu Cát Hải | Sở VHTTDL | Quý II/2026 |
				| 3 | Cập nhật vị trí trạm sạc vào quy hoạch | Sở XD | Sở TC | Quý III/2026 |
				""";
		java.util.List<io.directivegraph.extract.model.Extraction.Task> tasks = EXTRACTOR
			.extract("t.md", (PREAMBLE + table).getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.documents()
			.get(0)
			.tasks();
		org.assertj.core.api.Assertions.assertThat(tasks)
			.extracting(io.directivegraph.extract.model.Extraction.Task::lead)
			.containsExactly("Sở Nông nghiệp và Môi trường", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
					"Ủy ban nhân dân đặc khu Cát Hải", "Sở Xây dựng");
		org.assertj.core.api.Assertions.assertThat(tasks.get(2).leadKnown()).isFalse();
	}

}
