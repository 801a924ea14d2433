package io.directivegraph.extract.task;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.directivegraph.extract.Extractor;
import io.directivegraph.extract.model.Extraction.Task;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The title a person quotes: without the lead the lead column says, without the deadline
 * the deadline column says, and for a closing sentence ("… tham mưu xây dựng Đề án, thời
 * gian hoàn thành …") the whole item it points back to, across line breaks.
 */
class TaskTitlesTest {

	private static final Extractor EXTRACTOR = Extractor.defaults();

	private static List<Task> tasks(String body) {
		String text = "CHƯƠNG TRÌNH\n\nII. NỘI DUNG\n\n" + body + "\n";
		return EXTRACTOR.extract("t.txt", text.getBytes(StandardCharsets.UTF_8)).documents().get(0).tasks();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát định mức chi, hoàn thành trước ngày 30/6/2026.                       | Rà soát định mức chi
					Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Sở Tư pháp, Sở Văn hóa, Thể thao và Du lịch mở chuyên trang phổ biến pháp luật; thực hiện thường xuyên. | Mở chuyên trang phổ biến pháp luật; thực hiện thường xuyên
					Văn phòng Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan thường xuyên theo dõi, đôn đốc việc thực hiện Chương trình này. | Thường xuyên theo dõi, đôn đốc việc thực hiện Chương trình này
					Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về tăng cường công tác dân vận, hoàn thành trong quý IV năm 2026.                    | Ban hành Chỉ thị về tăng cường công tác dân vận
					Sở Xây dựng chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh rà soát thủ tục cấp phép xây dựng.                | Rà soát thủ tục cấp phép xây dựng
					Ủy ban nhân dân tỉnh xây dựng Kế hoạch chuyển đổi số (hoàn thành trong quý II năm 2026); trong đó chú trọng dữ liệu dân cư. | Xây dựng Kế hoạch chuyển đổi số
					Sở Y tế tổ chức khám sàng lọc, hoàn thành trong quý III/2026, báo cáo kết quả về Ủy ban nhân dân tỉnh.                    | Tổ chức khám sàng lọc, hoàn thành trong quý III/2026, báo cáo kết quả về Ủy ban nhân dân tỉnh
					""")
	void aTaskSentenceIsQuotedWithoutItsLeadAndDeadline(String sentence, String title) {
		List<Task> tasks = tasks(sentence);
		assertThat(tasks).isNotEmpty();
		assertThat(tasks.get(0).title()).isEqualTo(title);
	}

	private static final String ITEMS = """
			(2) Nghị quyết về phát triển nguồn nhân lực tỉnh giai đoạn 2021 -
			2025, định hướng đến năm 2030; Kế hoạch về luân chuyển cán bộ

			Mục tiêu: Xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực.

			Nhiệm vụ, giải pháp chủ yếu: Cải tiến quy trình bố trí, sử dụng cán bộ.

			Ban cán sự đảng Ủy ban nhân dân tỉnh chủ trì, tham mưu Tỉnh ủy xây dựng
			Nghị quyết này, thời gian hoàn thành trong quý III năm 2021.

			Ban Tổ chức Tỉnh ủy tham mưu Tỉnh ủy xây dựng kế hoạch luân chuyển cán
			bộ giai đoạn 2021 - 2025.

			(3) Xây dựng Đề án "Thí điểm đổi mới cách thức tuyển chọn chức danh
			lãnh đạo, quản lý trên địa bàn tỉnh"

			Mục tiêu: Lựa chọn những người có phẩm chất, năng lực vượt trội.

			Ban Tổ chức Tỉnh ủy tham mưu xây dựng Đề án, thời gian hoàn thành trong
			quý II năm 2021.

			(4) Chương trình phát triển công nghiệp và logistics

			Mục tiêu: Phát triển công nghiệp theo hướng hiệu quả.

			Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo việc xây dựng chương trình và
			triển khai thực hiện.
			""";

	@Test
	void aClosingSentenceTakesTheWholeItemItPointsTo() {
		List<Task> tasks = tasks(ITEMS);
		assertThat(tasks).extracting(Task::title)
			.containsExactly(
					"Nghị quyết về phát triển nguồn nhân lực tỉnh giai đoạn 2021 -2025, định hướng đến năm 2030",
					"Tham mưu Tỉnh ủy xây dựng kế hoạch luân chuyển cán bộ giai đoạn 2021 - 2025",
					"Xây dựng Đề án \"Thí điểm đổi mới cách thức tuyển chọn chức danh lãnh đạo, quản lý trên địa bàn tỉnh\"",
					"Chương trình phát triển công nghiệp và logistics");
		assertThat(tasks).extracting(Task::lead)
			.containsExactly("Ban cán sự đảng Ủy ban nhân dân tỉnh", "Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy",
					"Ban cán sự đảng Ủy ban nhân dân tỉnh");
	}

	@Test
	void theSameItemsWithoutDiacriticsPointToTheSameItems() {
		String stripped = java.text.Normalizer.normalize(ITEMS, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('Đ', 'D')
			.replace('đ', 'd');
		List<Task> tasks = tasks(stripped.replace("Xay dung De an", "Xdy dung Dé dn")
			.replace("tham muu xay dung De an", "tham muu x4y dung Dé 4n"));
		assertThat(tasks).hasSize(4);
		assertThat(tasks.get(0).title()).startsWith("Nghị quyết về phát triển nguồn nhân lực");
		assertThat(tasks.get(1).title()).startsWith("Tham mưu Tỉnh ủy xây dựng kế hoạch luân chuyển");
		assertThat(tasks.get(2).title()).contains("Thí điểm đổi mới cách thức tuyển chọn");
		assertThat(tasks.get(3).title()).isEqualTo("Chương trình phát triển công nghiệp và logistics");
	}

}
