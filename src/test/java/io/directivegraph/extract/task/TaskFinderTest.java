package io.directivegraph.extract.task;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.directivegraph.extract.model.Extraction.Task;
import io.directivegraph.extract.Extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Task sentences as the seeds write them (clean and OCR): the lead, coordinators and
 * deadline they assign.
 */
class TaskFinderTest {

	private static final Extractor EXTRACTOR = Extractor.defaults();

	private static List<Task> tasks(String body) {
		String text = "CHƯƠNG TRÌNH\n\nII. NỘI DUNG\n\n" + body + "\n";
		return EXTRACTOR.extract("t.txt", text.getBytes(StandardCharsets.UTF_8)).documents().get(0).tasks();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "null",
			textBlock = """
					Ban cán sự đảng Ủy ban nhân dân tỉnh chủ trì, phối hợp Huyện ủy Châu Thành tham mưu xây dựng Nghị quyết, thời gian hoàn thành trong quý II năm 2021. | Ban cán sự đảng Ủy ban nhân dân tỉnh | 2021-06-30 | RESOLUTION
					Ban T6 chirc Tinh iy tham muu x4y dung Dé 4n, thoi gian hoan thanh trong quy Il nam 2021.                                                         | Ban Tổ chức Tỉnh ủy                  | 2021-06-30 | null
					Ban can sy dang Uy ban nhan dan tinh tham muu xdy dung Nghi quyét chuyén dé; thoi gian hoan thanh quy IV nim 2021.                                 | Ban cán sự đảng Ủy ban nhân dân tỉnh | 2021-12-31 | RESOLUTION
					Ban Tuyên giáo Tỉnh ủy phối hợp với các đơn vị có liên quan xây dựng hướng dẫn tuyên truyền Quy hoạch tỉnh.                                     | Ban Tuyên giáo Tỉnh ủy               | null       | GUIDANCE
					Xây dựng Chỉ thị của Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo việc học tập, quán triệt Nghị quyết.                                               | Ban Thường vụ Tỉnh ủy                | null       | DIRECTIVE
					Từ quý IV năm 2022 đến tháng 6 năm 2023, Ban Chấp hành Đảng bộ tỉnh tổ chức đánh giá kết quả thực hiện các nghị quyết.                         | Ban Chấp hành Đảng bộ tỉnh           | 2023-06-30 | null
					Trung tâm Xúc tiến Đầu tư tỉnh chủ trì xây dựng Đề án thu hút đầu tư, thời gian hoàn thành trong quý II năm 2026.                            | Trung tâm Xúc tiến Đầu tư tỉnh       | 2026-06-30 | PROJECT
					Các nhiệm vụ, giải pháp chủ yếu: Trên cơ sở nội dung đột phá về phát triển công nghiệp, Ủy ban nhân dân tỉnh xây dựng Đề án phát triển khu công nghiệp. | Ủy ban nhân dân tỉnh | null | PROJECT
					""")
	void oneSentenceOneTask(String sentence, String lead, String deadline, String output) {
		List<Task> tasks = tasks(sentence);
		assertThat(tasks).hasSize(1);
		Task task = tasks.get(0);
		assertThat(task.lead()).isEqualTo(lead);
		assertThat((task.due() != null) ? task.due().deadline() : null).isEqualTo(deadline);
		assertThat(task.output()).isEqualTo(output);
	}

	@Test
	void aTaskSpansFromItsFirstLineToTheLastLineOfItsText() {
		List<Task> tasks = tasks("""
				Ủy ban nhân dân tỉnh chỉ đạo:
				1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan
				rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn,
				hoàn thành trước ngày 30/6/2026.
				2. Sở Tài chính tham mưu bố trí kinh phí thực hiện; thời gian thực hiện: năm 2026.
				3. Sở Y tế chủ trì xây dựng kế hoạch khám sức khỏe định kỳ cho người cao tuổi,
				hoàn thành trong quý III năm 2026.""");
		// The document's five header lines come first ("CHƯƠNG TRÌNH", "", "II. NỘI
		// DUNG", "").
		assertThat(tasks).extracting(Task::lead, Task::line, Task::lastLine)
			.containsExactly(tuple("Ủy ban nhân dân tỉnh", 5, 5), tuple("Sở Nội vụ", 6, 8), tuple("Sở Tài chính", 9, 9),
					tuple("Sở Y tế", 10, 11));
	}

	@Test
	void everyTaskOfEveryFixtureEndsOnOrAfterItsFirstLineAndWithinTheFile() throws java.io.IOException {
		java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/fixtures/documents");
		try (var files = java.nio.file.Files.list(dir)) {
			for (java.nio.file.Path file : files.sorted().toList()) {
				byte[] bytes = java.nio.file.Files.readAllBytes(file);
				long lines = new String(bytes, StandardCharsets.UTF_8).lines().count();
				for (var document : EXTRACTOR.extract(file.getFileName().toString(), bytes).documents()) {
					for (Task task : document.tasks()) {
						assertThat(task.lastLine()).as(file.getFileName() + ":" + task.line())
							.isNotNull()
							.isBetween(task.line(), (int) lines)
							.isLessThan(task.line() + 60);
					}
				}
			}
		}
	}

	@Test
	void aMeetingsAssessmentIsNoTaskOfTheChairsBody() {
		List<Task> tasks = tasks("""
				Sau khi nghe báo cáo, Phó Chủ tịch Ủy ban nhân dân tỉnh nhận định như sau:
				Đến ngày 30/4/2026, tỷ lệ giải ngân vốn đầu tư công đạt 21%, thấp hơn cùng kỳ.
				Một số công trình chưa hoàn thành thủ tục đầu tư trước ngày 31/3/2026 như yêu cầu.
				Phó Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:
				1. Sở Tài chính rà soát, tham mưu điều chuyển vốn, hoàn thành trước ngày 15/6/2026.
				2. Sở Xây dựng hướng dẫn thủ tục điều chỉnh dự án trong tháng 6/2026.""");
		assertThat(tasks).extracting(Task::lead).containsExactly("Sở Tài chính", "Sở Xây dựng");
	}

	@Test
	void aBoardOfAKnownCommitteeIsThatBoardKeptAsWrittenNeverTheCommittee() {
		List<Task> tasks = documentTasks(
				"""
						ĐẢNG ỦY QUỐC HỘI
						Số 12-KH/ĐU
						Hà Nội, ngày 02 tháng 4 năm 2026
						KẾ HOẠCH
						Thực hiện Nghị quyết số 86-NQ/TW
						1. Ban Tổ chức Đảng ủy Quốc hội chủ trì, phối hợp với Văn phòng Quốc hội tham mưu ban hành Quy định về đánh giá cán bộ; hoàn thành trong quý III/2026.
						2. Ủy ban Kiểm tra Đảng ủy Quốc hội chủ trì kiểm tra việc thực hiện Nghị quyết; hoàn thành trong năm 2026.
						3. Các đảng ủy trực thuộc Đảng ủy Quốc hội xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/6/2026.
						""");
		assertThat(tasks).extracting(Task::lead)
			.containsExactly("Ban Tổ chức Đảng ủy Quốc hội", "Ủy ban Kiểm tra Đảng ủy Quốc hội",
					"Các đảng ủy trực thuộc Đảng ủy Quốc hội");
		assertThat(tasks).allMatch((t) -> !t.leadKnown());
	}

	@Test
	void aCitysDocumentGivesTheCitysBodiesNotAProvincesOfTheSameShortName() {
		List<Task> tasks = documentTasks("""
				ỦY BAN NHÂN DÂN
				THÀNH PHỐ HẢI PHÒNG
				Số: 77/KH-UBND
				Hải Phòng, ngày 02 tháng 4 năm 2026
				KẾ HOẠCH
				Chuyển đổi số năm 2026
				1. Các sở, ban, ngành chủ động rà soát thủ tục hành chính, hoàn thành trong quý II/2026.
				2. Sở Tài chính bố trí kinh phí thực hiện, hoàn thành trong tháng 5/2026.
				""");
		assertThat(tasks).extracting(Task::lead).containsExactly("Các sở, ban, ngành thành phố", "Sở Tài chính");
	}

	private static List<Task> documentTasks(String text) {
		return EXTRACTOR.extract("d.txt", text.getBytes(StandardCharsets.UTF_8)).documents().get(0).tasks();
	}

	private static final String GOVERNMENT = """
			CHÍNH PHỦ                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
			Số: 12/NQ-CP                   Hà Nội, ngày 10 tháng 3 năm 2026
			NGHỊ QUYẾT
			Về nhiệm vụ trọng tâm
			QUYẾT NGHỊ:
			""";

	private static final String PROVINCE = """
			ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
			TỈNH GIA LAI
			Số: 45/KH-UBND                 Gia Lai, ngày 10 tháng 3 năm 2026
			KẾ HOẠCH
			Về chuyển đổi số
			II. NHIỆM VỤ
			""";

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "null",
			textBlock = """
					Giao Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng rà soát kế hoạch vốn, trước ngày 15/7/2026.      | Bộ Tài chính                 | true  | null     | 2026-07-15
					Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam chỉ đạo vận động nhân dân tham gia.               | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | true | null | null
					Bộ Y tế chủ trì hướng dẫn các địa phương, hoàn thành trước ngày 25 tháng 3 năm 2026.                   | Bộ Y tế                      | true  | null     | 2026-03-25
					Xây dựng Nghị định về hạ tầng sạc. Cơ quan chủ trì: Bộ Công Thương; thời gian trình: quý IV/2026.     | Bộ Công Thương               | true  | null     | 2026-12-31
					Ủy ban nhân dân tỉnh Quảng Ninh khẩn trương hoàn thành giải phóng mặt bằng trong tháng 8 năm 2026.    | Ủy ban nhân dân tỉnh         | true  | Quảng Ninh | 2026-08-31
					Sở Y tế chủ trì kiểm tra an toàn thực phẩm, hoàn thành trong năm 2026.                                | Sở Y tế                      | false | null     | 2026-12-31
					Thanh tra Bộ Y tế chủ trì thanh tra chuyên đề, hoàn thành trong quý III/2026.                         | Thanh tra Bộ Y tế            | false | null     | 2026-09-30
					""")
	void aGovernmentResolutionNamesItsLeadsAtTheirLevel(String sentence, String lead, boolean known,
			String leadJurisdiction, String deadline) {
		List<Task> tasks = documentTasks(GOVERNMENT + "1. " + sentence + "\n");
		assertThat(tasks).hasSize(1);
		Task task = tasks.get(0);
		assertThat(task.lead()).isEqualTo(lead);
		assertThat(task.leadKnown()).as("known").isEqualTo(known);
		assertThat(task.leadJurisdiction()).isEqualTo(leadJurisdiction);
		assertThat((task.due() != null) ? task.due().deadline() : null).isEqualTo(deadline);
	}

	@Test
	void severalLeadsOfOneClauseAreOneTaskEach() {
		assertThat(documentTasks(GOVERNMENT
				+ "1. Bộ Y tế, Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ Công an kiểm tra bếp ăn tập thể.\n"
				+ "2. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo các đơn vị rà soát phương án.\n"))
			.extracting(Task::lead)
			.containsExactly("Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Bộ Quốc phòng", "Bộ Công an");
	}

	@Test
	void aListItemNamingItsOwnLeadIsThatAgencys() {
		List<Task> tasks = documentTasks(GOVERNMENT + """
				1. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ:
				a) Rà soát thủ tục hành chính, hoàn thành trong quý II/2026.
				b) Bộ Khoa học và Công nghệ chủ trì xây dựng nền tảng số dùng chung.
				""");
		assertThat(tasks).extracting(Task::lead)
			.containsExactly("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Bộ Khoa học và Công nghệ");
	}

	@Test
	void aCoordinatorBeforeTheCueIsNeverTheLead() {
		List<Task> tasks = documentTasks(PROVINCE
				+ "a) Phòng Tổ chức cán bộ phối hợp với Sở Nội vụ tham mưu tuyển dụng bác sĩ trong quý III/2026.\n");
		assertThat(tasks).singleElement().satisfies((t) -> {
			assertThat(t.lead()).isEqualTo("Phòng Tổ chức cán bộ");
			assertThat(t.leadKnown()).isFalse();
		});
	}

	@Test
	void aHeadingNamingAnAgencyLeadsTheItemsUnderIt() {
		List<Task> tasks = documentTasks(PROVINCE + """
				1. Đối với Sở Tài chính
				- Bố trí kinh phí thực hiện Kế hoạch, hoàn thành trong quý I/2026.
				2. Công an tỉnh
				- Rà soát dữ liệu dân cư, hoàn thành trong tháng 6/2026.
				""");
		assertThat(tasks).extracting(Task::lead).containsExactly("Sở Tài chính", "Công an tỉnh");
		assertThat(tasks).extracting(Task::leadJurisdiction).containsOnlyNulls();
	}

	@Test
	void aNamedUnitIsNotTheProvincesBody() {
		List<Task> tasks = documentTasks(PROVINCE
				+ "3. Ủy ban nhân dân thành phố Pleiku xây dựng kế hoạch của địa phương, hoàn thành trong tháng 5/2026.\n");
		assertThat(tasks).singleElement().satisfies((t) -> {
			assertThat(t.lead()).isEqualTo("Ủy ban nhân dân thành phố Pleiku");
			assertThat(t.leadKnown()).isFalse();
		});
	}

	@Test
	void addresseesSeparatedBySemicolonsShareTheVerbOfTheirSentence() {
		assertThat(documentTasks(PROVINCE + "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở: Tài chính, "
				+ "Xây dựng; Thủ trưởng các cơ quan, đơn vị có liên quan; Chủ tịch Ủy ban nhân dân các xã, phường "
				+ "chịu trách nhiệm thi hành Quyết định này./.\n"))
			.extracting(Task::lead)
			.containsExactly("Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính", "Sở Xây dựng",
					"Ủy ban nhân dân các xã, phường");
	}

	@Test
	void anItemWrittenAsARecordIsOneTaskWithItsLabelledFields() {
		List<Task> tasks = documentTasks(GOVERNMENT + """
				a) Rà soát, sửa đổi Quy chế chi tiêu nội bộ của cơ quan Bộ.
				- Đơn vị chủ trì: Văn phòng Bộ.
				- Đơn vị phối hợp: Vụ Pháp chế.
				- Thời gian hoàn thành: Quý II/2026.

				b) Đẩy mạnh sử dụng văn bản điện tử, chữ ký số.
				- Đơn vị chủ trì: Văn phòng Bộ; Trung tâm Công nghệ thông tin.
				- Thời gian hoàn thành: Tháng 10/2026.
				""");
		assertThat(tasks).extracting(Task::lead)
			.containsExactly("Văn phòng Bộ", "Văn phòng Bộ", "Trung tâm Công nghệ thông tin");
		assertThat(tasks).extracting((t) -> t.due().deadline())
			.containsExactly("2026-06-30", "2026-10-31", "2026-10-31");
		assertThat(tasks.get(0).title()).isEqualTo("Rà soát, sửa đổi Quy chế chi tiêu nội bộ của cơ quan Bộ");
		assertThat(tasks).extracting(Task::line).containsExactly(6, 11, 11);
	}

	@Test
	void aProvinceAddressedInANationalDocumentIsItsPeoplesCommittee() {
		List<Task> tasks = documentTasks(GOVERNMENT + """
				1. Tỉnh Nghệ An cần tập trung hoàn thành giải phóng mặt bằng trước ngày 30/6/2026.
				2. Ủy ban nhân dân các tỉnh: Tuyên Quang, Cao Bằng và Điện Biên rà soát khu dân cư trong quý IV/2026.
				""");
		assertThat(tasks).extracting(Task::lead).containsOnly("Ủy ban nhân dân tỉnh");
		assertThat(tasks).extracting(Task::leadJurisdiction)
			.containsExactly("Nghệ An", "Tuyên Quang", "Cao Bằng", "Điện Biên");
	}

	@Test
	void aMeetingsChairADeputyAndANameBeforeASemicolonAreNoLeads() {
		assertThat(documentTasks(GOVERNMENT + """
				Ngày 07 tháng 8 năm 2026, Phó Thủ tướng Chính phủ chủ trì cuộc họp với các địa phương.
				Tham dự có lãnh đạo các Bộ: Xây dựng, Tài chính; Văn phòng Chính phủ; lãnh đạo Ủy ban nhân dân các tỉnh.
				1. Văn phòng Thành ủy chủ trì theo dõi, báo cáo Ban Thường vụ Thành ủy; tham mưu sơ kết vào quý IV/2028.
				""")).extracting(Task::lead).containsExactly("Văn phòng Thành ủy");
	}

	@Test
	void aCollectiveNarrowedByLowerCaseWordsStillLeadsItsList() {
		assertThat(documentTasks(
				PROVINCE + """
						4. Ủy ban nhân dân các xã, phường, đặc khu ven biển:
						a) Quản lý chặt chẽ tàu cá trên địa bàn, hoàn thành trước ngày 10/5/2026.

						Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
						Chánh Văn phòng UBND tỉnh; Giám đốc Công an tỉnh; Chủ tịch UBND các xã, phường, đặc khu và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
						"""))
			.extracting(Task::lead)
			.containsExactly("Ủy ban nhân dân các xã, phường", "Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh",
					"Ủy ban nhân dân các xã, phường");
	}

	@Test
	void anOpenerThatIsATaskBeforeItsListIsOneToo() {
		List<Task> tasks = documentTasks(PROVINCE + """
				1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết, trong đó chỉ đạo:
				a) Sở Tài chính tham mưu bố trí kinh phí thực hiện chính sách, hoàn thành trong quý III/2026;
				b) Sở Nội vụ hướng dẫn các xã, phường tổ chức thực hiện.
				2. Các sở, ban, ngành thực hiện các nhiệm vụ sau:
				a) Sở Y tế rà soát danh mục thuốc, hoàn thành trong năm 2026.
				""");
		assertThat(tasks).extracting(Task::lead)
			.containsExactly("Ủy ban nhân dân tỉnh", "Sở Tài chính", "Sở Nội vụ", "Sở Y tế");
		assertThat(tasks.get(0).title()).isEqualTo("Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết");
	}

	@Test
	void twoNamesSharingTheirEndWrittenOnceAreBothLeads() {
		assertThat(documentTasks(
				PROVINCE + """
						3. Giao Thường trực Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
						4. Ban Tổ chức và Ban Tuyên giáo Tỉnh ủy hướng dẫn các chi bộ, hoàn thành trong quý IV/2026.
						"""))
			.extracting(Task::lead)
			.containsExactly("Thường trực Hội đồng nhân dân tỉnh", "Các Tổ đại biểu Hội đồng nhân dân tỉnh",
					"Đại biểu Hội đồng nhân dân tỉnh", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy");
	}

	@Test
	void itemsAfterANestedOpenerStayTheLabelsOwn() {
		assertThat(documentTasks(GOVERNMENT
				+ """
						2. Bộ Y tế:
						Chủ trì hướng dẫn các địa phương giám sát dịch bệnh, báo cáo Thủ tướng Chính phủ hằng quý. Ngoài ra, tập trung các nhiệm vụ cụ thể sau:
						a) Hoàn thiện danh mục thuốc thiết yếu, trình trong quý II/2026.
						b) Rà soát năng lực y tế cơ sở, hoàn thành trước ngày 30/9/2026.
						3. Bộ Tài chính bố trí kinh phí thực hiện trong năm 2026.
						"""))
			.extracting(Task::lead)
			.containsExactly("Bộ Y tế", "Bộ Y tế", "Bộ Y tế", "Bộ Tài chính");
	}

	@Test
	void whatACitedDocumentDidIsNoTask() {
		assertThat(documentTasks(
				PROVINCE + """
						Chính phủ ban hành Nghị quyết số 138/NQ-CP ngày 16/5/2025 về Kế hoạch hành động, hoàn thành trong năm 2025.
						Nghị quyết số 281/NQ-CP ngày 15/9/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ.
						1. Sở Nội vụ chủ trì tổng hợp, báo cáo trong tháng 12/2026.
						"""))
			.extracting(Task::lead)
			.containsExactly("Sở Nội vụ");
	}

	@Test
	void aNameOutsideTheGazetteerLabellingAListLeadsItsItemsAsWritten() {
		List<Task> tasks = documentTasks(GOVERNMENT + """
				1. Vụ Kế hoạch - Tài chính:
				a) Bố trí kinh phí thực hiện Kế hoạch, hoàn thành trong quý IV/2026.
				2. Sở Y tế các tỉnh, thành phố trực thuộc trung ương:
				a) Chỉ đạo các cơ sở khám bệnh phân loại chất thải.
				""");
		assertThat(tasks).extracting(Task::lead)
			.containsExactly("Vụ Kế hoạch - Tài chính", "Sở Y tế các tỉnh, thành phố trực thuộc trung ương");
		assertThat(tasks).extracting(Task::leadKnown).containsOnly(false);
	}

	@Test
	void theDistributionListAssignsNothing() {
		assertThat(documentTasks(PROVINCE + """
				1. Sở Nội vụ chủ trì tổng hợp, báo cáo trong tháng 12/2026.
				Nơi nhận:
				- Bộ Nội vụ;
				- UBND các xã, phường: Biển Hồ, Diên Hồng;
				- Lưu: VT.
				""")).extracting(Task::lead).containsExactly("Sở Nội vụ");
	}

	@Test
	void theIssuingSentenceOfAPlanIsNeitherATaskNorTheLeadOfWhatFollows() {
		String text = """
				ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
				Số: 12/KH-UBND
				KẾ HOẠCH
				Thực hiện chuyển đổi số năm 2026
				Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
				I. MỤC ĐÍCH, YÊU CẦU
				1. Mục đích
				- Nâng cao chất lượng dịch vụ công trực tuyến.
				II. NHIỆM VỤ
				1. Sở Nội vụ chủ trì rà soát thủ tục hành chính, hoàn thành trong quý II năm 2026.
				2. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí, hoàn thành trước ngày 30/6/2026.
				""";
		List<Task> tasks = EXTRACTOR.extract("kh.txt", text.getBytes(StandardCharsets.UTF_8))
			.documents()
			.get(0)
			.tasks();
		assertThat(tasks).extracting(Task::lead).containsExactly("Sở Nội vụ", "Sở Tài chính");
		assertThat(tasks.get(1).coordinating()).containsExactly("Sở Nội vụ");
		assertThat(tasks).allSatisfy((t) -> assertThat(t.title()).isNotBlank());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			I. MỤC ĐÍCH, YÊU CẦU                   | true
			II. NHIỆM VỤ VÀ GIẢI PHÁP               | true
			1. Cải cách thể chế                     | true
			a) Về tổ chức bộ máy                    | true
			1. Sở Nội vụ chủ trì rà soát thủ tục.   | false
			- Tăng cường kiểm tra, giám sát.        | false
			""")
	void headingsAreNeverTasks(String line, boolean heading) {
		assertThat(TaskFinder.isHeading(line)).isEqualTo(heading);
	}

	@Test
	void anAgencyOutsideTheGazetteerIsKeptAndFlagged() {
		Task task = tasks("Trung tâm Xúc tiến Đầu tư tỉnh chủ trì xây dựng Đề án, hoàn thành trong quý II năm 2026.")
			.get(0);
		assertThat(task.lead()).isEqualTo("Trung tâm Xúc tiến Đầu tư tỉnh");
		assertThat(task.leadKnown()).isFalse();
	}

	@Test
	void subItemsUnderASharedLeadAreOneTaskEach() {
		List<Task> tasks = tasks(
				"""
						Ban Tổ chức Tỉnh ủy chủ trì tham mưu xây dựng:

						(1.1) Đề án nâng cao chất lượng nguồn nhân lực; thời gian hoàn thành trong quý IV năm 2021.

						(1.2) Đề án tuyển chọn, bổ nhiệm cán bộ lãnh đạo, quản lý các cấp; thời gian hoàn thành trong quý I năm 2022.

						III. TỔ CHỨC THỰC HIỆN
						""");
		assertThat(tasks).extracting(Task::lead).containsExactly("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy");
		assertThat(tasks).extracting((t) -> t.due().deadline()).containsExactly("2021-12-31", "2022-03-31");
		assertThat(tasks).extracting(Task::output).containsExactly("PROJECT", "PROJECT");
	}

	@Test
	void exhortationsWithoutAgencyOrDeadlineAreNotTasks() {
		assertThat(tasks("Các cấp ủy, tổ chức đảng cần quan tâm lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ."))
			.isEmpty();
	}

}
