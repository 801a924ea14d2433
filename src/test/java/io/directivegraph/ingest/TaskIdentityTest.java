package io.directivegraph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.directivegraph.domain.DocumentIds;

import static org.assertj.core.api.Assertions.assertThat;

/** Which stored task a task of another copy is: sure matches only. */
class TaskIdentityTest {

	private static final String DOC = "can-tho.plan.38-kh-ubnd.2026";

	private static PlanRows.Task task(String title, String lead) {
		String key = DocumentIds.slug(title);
		PlanRows.TaskProps props = new PlanRows.TaskProps(title, null, key, null, null, null, 1, null, lead,
				lead != null, List.of(), null, null, null, null, null, null);
		return new PlanRows.Task(TaskIdentity.naturalId(DOC, key, lead, 1), "b.txt", DOC, props, lead, List.of(), null);
	}

	/** The ids the second copy's tasks get, the first copy's tasks known. */
	private static List<String> second(List<PlanRows.Task> first, List<PlanRows.Task> second) {
		TaskIdentity identity = new TaskIdentity();
		identity.assign(first);
		return identity.assign(second);
	}

	@Test
	void theSameTitleAndLeadIsTheSameTask() {
		PlanRows.Task a = task("Rà soát các tuyến đường đủ điều kiện", "so-xay-dung");
		assertThat(second(List.of(a), List.of(task("Rà soát các tuyến đường đủ điều kiện", "so-xay-dung"))))
			.containsExactly(a.id());
	}

	@Test
	void theSameTitleSaidOnceWithAnotherLeadIsTheSameTaskReadDifferently() {
		PlanRows.Task a = task("Tham mưu bố trí kinh phí thực hiện Kế hoạch", "so-tai-chinh");
		assertThat(second(List.of(a), List.of(task("Tham mưu bố trí kinh phí thực hiện Kế hoạch", "so-noi-vu"))))
			.containsExactly(a.id());
	}

	@Test
	void oneTitleGivenToTwoLeadsStaysTwoTasksMatchedByLead() {
		List<PlanRows.Task> first = List.of(task("Xây dựng kế hoạch tổ chức thực hiện", "mat-tran"),
				task("Xây dựng kế hoạch tổ chức thực hiện", "tinh-doan"));
		List<String> ids = second(first, List.of(task("Xây dựng kế hoạch tổ chức thực hiện", "tinh-doan"),
				task("Xây dựng kế hoạch tổ chức thực hiện", "mat-tran")));
		assertThat(ids).containsExactly(first.get(1).id(), first.get(0).id());
	}

	@Test
	void aTitleReadAlmostTheSameIsTheSameTaskUnlessAnotherLeadIsNamed() {
		PlanRows.Task a = task("Thường xuyên tuyên truyền về nếp sống văn minh đô 2 thị, biểu dương các tập thể",
				"so-van-hoa");
		PlanRows.Task typed = task("Thường xuyên tuyên truyền về nếp sống văn minh đô thị, biểu dương các tập thể",
				"so-van-hoa");
		assertThat(second(List.of(a), List.of(typed))).containsExactly(a.id());
		PlanRows.Task otherLead = task("Thường xuyên tuyên truyền về nếp sống văn minh đô thị, biểu dương các tập thể",
				"so-y-te");
		assertThat(second(List.of(a), List.of(otherLead))).containsExactly(otherLead.id());
	}

	@Test
	void aTaskNearTwoKnownTasksAlikeIsATaskOfItsOwn() {
		List<PlanRows.Task> first = List.of(task("Báo cáo kết quả thực hiện quý I năm 2026", null),
				task("Báo cáo kết quả thực hiện quý II năm 2026", null));
		PlanRows.Task between = task("Báo cáo kết quả thực hiện quý  năm 2026", null);
		assertThat(second(first, List.of(between))).containsExactly(between.id());
	}

	@Test
	void aTitleOneCopyCutAtALineEndIsTheSameTaskOnlyWithTheSameLead() {
		PlanRows.Task cut = task(
				"Tổ chức đợt cao điểm xử lý vi phạm trật tự lòng đường, vỉa hè; sau đợt cao điểm, chỉ đạo lực lượng",
				"cong-an");
		PlanRows.Task whole = task(
				"Tổ chức đợt cao điểm xử lý vi phạm trật tự lòng đường, vỉa hè; sau đợt cao điểm, chỉ đạo lực lượng "
						+ "Cảnh sát giao thông thường xuyên tuần tra, kiểm soát",
				"cong-an");
		assertThat(second(List.of(cut), List.of(whole))).containsExactly(cut.id());
		PlanRows.Task otherLead = task(
				"Tổ chức đợt cao điểm xử lý vi phạm trật tự lòng đường, vỉa hè; sau đợt cao điểm, chỉ đạo "
						+ "lực lượng Cảnh sát giao thông thường xuyên tuần tra, kiểm soát",
				"so-xay-dung");
		assertThat(second(List.of(cut), List.of(otherLead))).containsExactly(otherLead.id());
	}

	@Test
	void titlesThatDifferInAQuarterOrANumberAreNeverOneTask() {
		PlanRows.Task first = task("Báo cáo kết quả thực hiện quý I năm 2026", "so-xay-dung");
		PlanRows.Task second = task("Báo cáo kết quả thực hiện quý II năm 2026", "so-xay-dung");
		assertThat(second(List.of(first), List.of(second))).containsExactly(second.id());
		PlanRows.Task year = task("Báo cáo kết quả thực hiện quý I năm 2027", "so-xay-dung");
		assertThat(second(List.of(first), List.of(year))).containsExactly(year.id());
	}

	@Test
	void aTaskOnlyTheSecondCopyHasKeepsItsOwnIdAndEveryKnownTaskIsClaimedOnce() {
		List<PlanRows.Task> first = new ArrayList<>(List.of(task("Rà soát các tuyến đường", "so-xay-dung"),
				task("Bố trí kinh phí thực hiện", "so-tai-chinh")));
		PlanRows.Task added = task("Kiểm tra an toàn thực phẩm tại các tuyến phố", "so-y-te");
		List<String> ids = second(first, List.of(first.get(0), first.get(1), added));
		assertThat(ids).containsExactly(first.get(0).id(), first.get(1).id(), added.id());
		assertThat(ids).doesNotHaveDuplicates();
	}

}
