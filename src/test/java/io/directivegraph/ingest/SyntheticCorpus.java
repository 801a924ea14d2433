package io.directivegraph.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.domain.DocumentIds;

/**
 * A deterministic corpus of synthetic Vietnamese directives (plans, programs,
 * resolutions, projects, directives) of the Party committees and People's Committees of
 * Hậu Giang, Sóc Trăng and Cần Thơ, written in the shapes the extractor reads: a header
 * (banner, number, place and date, kind title), a preamble citing national documents and
 * earlier generated ones, task sentences naming a lead, coordinators and a deadline,
 * shared-lead lists, and for half of them a Markdown task table. Agencies come from the
 * gazetteer. Later documents implement earlier ones and some are the very document a task
 * asked for ("xây dựng Đề án ..."), so the graph connects and fulfilment links exist. The
 * same seed and size always give the same files.
 */
public final class SyntheticCorpus implements Iterable<SyntheticCorpus.Document> {

	/**
	 * One generated file.
	 *
	 * @param id the graph id the ingest should give the document
	 * @param tasks the tasks the text assigns, in the order written
	 * @param citations how many citations of other documents the text holds
	 */
	public record Document(String file, String id, String jurisdiction, String kind, String number, LocalDate issuedOn,
			String text, List<PlannedTask> tasks, int citations) {

		public byte[] bytes() {
			return this.text.getBytes(StandardCharsets.UTF_8);
		}

	}

	/**
	 * A task as written: its canonical lead, product kind (null for none) and deadline
	 * (null when recurring or ongoing).
	 */
	public record PlannedTask(String lead, String output, LocalDate deadline) {
	}

	private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 4);

	// Hậu Giang and Sóc Trăng were merged into Cần Thơ on 1 July 2025: nothing of theirs
	// is issued later.
	private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

	private static final List<Province> PROVINCES = List.of(new Province("Hậu Giang", false),
			new Province("Sóc Trăng", false), new Province("Cần Thơ", true));

	/** Document kinds a province issues, weighted by how often they occur. */
	private static final List<Kind> PARTY_KINDS = List.of(Kind.PLAN, Kind.PLAN, Kind.PLAN, Kind.PLAN, Kind.PROGRAM,
			Kind.PROGRAM, Kind.RESOLUTION, Kind.PROJECT, Kind.DIRECTIVE, Kind.CONCLUSION);

	private static final List<Kind> PRODUCT_KINDS = List.of(Kind.PROJECT, Kind.PROJECT, Kind.PLAN, Kind.PLAN,
			Kind.RESOLUTION, Kind.PROGRAM, Kind.DIRECTIVE);

	/** Central documents every province implements. */
	private static final List<String> NATIONAL = List.of(
			"Nghị quyết số 13-NQ/TW ngày 02/4/2022 của Bộ Chính trị về phương hướng phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh vùng đồng bằng sông Cửu Long đến năm 2030",
			"Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
			"Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị",
			"Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên",
			"Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
			"Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
			"Quyết định số 1588/QĐ-TTg ngày 08/12/2023 của Thủ tướng Chính phủ về việc phê duyệt Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030",
			"Nghị quyết số 35/NQ-CP ngày 08/3/2024 của Chính phủ về nhiệm vụ, giải pháp thúc đẩy phát triển kinh tế - xã hội vùng đồng bằng sông Cửu Long",
			"Chỉ thị số 25/CT-TTg ngày 21/7/2023 của Thủ tướng Chính phủ về tăng cường công tác phòng, chống thiên tai",
			"Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới");

	private static final List<String> TOPICS = List.of("nâng cao hiệu quả quản lý, sử dụng tài sản công",
			"phát triển nguồn nhân lực chất lượng cao", "chuyển đổi số trong các cơ quan nhà nước",
			"phát triển du lịch cộng đồng gắn với bảo tồn văn hóa", "xây dựng nông thôn mới nâng cao, kiểu mẫu",
			"nâng cao chỉ số năng lực cạnh tranh cấp tỉnh", "phát triển kinh tế tập thể, hợp tác xã",
			"bảo vệ môi trường và ứng phó với biến đổi khí hậu", "phát triển kết cấu hạ tầng giao thông đồng bộ",
			"thu hút đầu tư vào các khu, cụm công nghiệp", "phát triển nông nghiệp ứng dụng công nghệ cao",
			"nâng cao chất lượng giáo dục phổ thông", "củng cố mạng lưới y tế cơ sở", "giảm nghèo đa chiều, bền vững",
			"phòng, chống tham nhũng, lãng phí, tiêu cực", "đổi mới công tác dân vận của chính quyền các cấp",
			"xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh", "xây dựng khu vực phòng thủ vững chắc",
			"phát triển văn hóa, con người đáp ứng yêu cầu phát triển bền vững",
			"quản lý đất đai, tài nguyên khoáng sản", "phát triển đô thị thông minh, bền vững",
			"phát triển thủy lợi và phòng, chống thiên tai", "xây dựng đội ngũ cán bộ lãnh đạo, quản lý các cấp",
			"thực hành tiết kiệm, chống lãng phí", "phát triển khoa học, công nghệ và đổi mới sáng tạo",
			"chăm lo đời sống đồng bào dân tộc Khmer", "phát triển thương mại điện tử",
			"nâng cao hiệu quả tín dụng chính sách xã hội", "sắp xếp đơn vị hành chính cấp huyện, cấp xã",
			"phòng, chống tội phạm và tệ nạn ma túy", "bảo đảm trật tự, an toàn giao thông",
			"phát triển phong trào thể dục, thể thao quần chúng", "phát triển nhà ở xã hội cho công nhân",
			"nâng cao chất lượng công tác kiểm tra, giám sát của Đảng",
			"phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước", "xây dựng chính quyền số",
			"phát triển chuỗi giá trị lúa gạo chất lượng cao", "nâng cao năng lực phòng, chống dịch bệnh",
			"phát triển kinh tế ban đêm", "bảo đảm an sinh xã hội và phúc lợi cho người có công",
			"phát triển cây ăn trái đặc sản", "nâng cao hiệu quả hoạt động của Trung tâm Phục vụ hành chính công",
			"bảo tồn và phát huy giá trị di tích lịch sử", "phát triển kinh tế số và xã hội số",
			"xây dựng hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả", "đào tạo nghề cho lao động nông thôn",
			"phát triển năng lượng tái tạo", "quản lý chất thải rắn sinh hoạt", "bảo đảm an ninh nguồn nước",
			"phát triển logistics vùng");

	private static final List<String> QUALIFIERS = List.of("", "", "", " giai đoạn 2026 - 2030",
			" đến năm 2030, tầm nhìn đến năm 2045", " trong tình hình mới", " gắn với chuyển đổi số",
			" giai đoạn 2021 - 2025");

	private static final List<String> ACTIONS = List.of("rà soát, đánh giá việc thực hiện", "tổ chức sơ kết",
			"kiểm tra, giám sát việc thực hiện", "tổ chức tuyên truyền về", "triển khai thực hiện các giải pháp về",
			"đề xuất cơ chế, chính sách về", "hướng dẫn thực hiện các nội dung về", "tổ chức hội nghị chuyên đề về");

	private static final List<String> SECTIONS = List.of("Về phát triển kinh tế", "Về văn hóa - xã hội",
			"Về xây dựng Đảng và hệ thống chính trị", "Về quốc phòng, an ninh", "Về chuyển đổi số, cải cách hành chính",
			"Về tài nguyên, môi trường", "Về phát triển kết cấu hạ tầng");

	private static final List<String> FILLERS = List.of(
			"Quán triệt sâu sắc, đầy đủ nội dung {doc} đến các cấp ủy, tổ chức đảng, cán bộ, đảng viên và Nhân dân; tạo sự thống nhất cao trong nhận thức và hành động.",
			"Xác định rõ nhiệm vụ, giải pháp và lộ trình thực hiện; phân công cụ thể trách nhiệm của từng cơ quan, đơn vị gắn với kiểm tra, giám sát, đánh giá kết quả thực hiện.",
			"Việc triển khai thực hiện phải nghiêm túc, đồng bộ, thiết thực, hiệu quả, phù hợp với điều kiện thực tiễn của địa phương.",
			"Các cấp ủy, tổ chức đảng cần quan tâm lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ.",
			"Phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là người đứng đầu cấp ủy, chính quyền các cấp.",
			"Tăng cường sự lãnh đạo của Đảng, phát huy sức mạnh tổng hợp của cả hệ thống chính trị và sự đồng thuận của Nhân dân.");

	private static final List<String> SURNAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi",
			"Đỗ", "Hồ", "Ngô", "Dương", "Lâm", "Thạch");

	private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hoàng", "Minh", "Thanh", "Quốc", "Ngọc", "Hữu");

	private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Long",
			"Mai", "Nam", "Phong", "Quang", "Sơn", "Tâm", "Thành", "Tuấn", "Vinh", "Xuân");

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	private final Random random;

	private final int size;

	private final Map<Province, Agencies> agencies = new HashMap<>();

	/** Every generated document, citable by the ones after it. */
	private final Map<Province, List<Issued>> issued = new HashMap<>();

	/** Products asked for by a task and not issued yet: a later document can be one. */
	private final Map<Province, List<Product>> wanted = new HashMap<>();

	private final Map<String, Integer> counters = new HashMap<>();

	private int generated;

	/**
	 * @param size how many documents the corpus has: their issue dates are spread evenly
	 * from January 2021 to June 2025
	 */
	public SyntheticCorpus(long seed, int size) {
		this.random = new Random(seed);
		this.size = size;
		Gazetteer gazetteer = Gazetteer.defaults();
		for (Province province : PROVINCES) {
			this.agencies.put(province, Agencies.of(gazetteer, province.city()));
			this.issued.put(province, new ArrayList<>());
			this.wanted.put(province, new ArrayList<>());
		}
	}

	@Override
	public Iterator<Document> iterator() {
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return SyntheticCorpus.this.generated < SyntheticCorpus.this.size;
			}

			@Override
			public Document next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return SyntheticCorpus.this.next();
			}

		};
	}

	public Stream<Document> stream() {
		return StreamSupport.stream(Spliterators.spliterator(iterator(), this.size, Spliterator.ORDERED), false);
	}

	private Document next() {
		int index = this.generated++;
		LocalDate issuedOn = FIRST_DAY
			.plusDays(index * ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) / Math.max(1, this.size));
		Province province = PROVINCES.get(this.random.nextInt(PROVINCES.size()));
		boolean state = this.random.nextInt(10) < 3;
		Product product = fulfil(province);
		Kind kind = (product != null) ? product.kind()
				: state ? (chance(70) ? Kind.PLAN : Kind.PROJECT) : pick(PARTY_KINDS);
		// Party directives, resolutions and conclusions come from the committee, not the
		// People's Committee.
		if (product != null && product.kind() != Kind.PLAN && product.kind() != Kind.PROJECT) {
			state = false;
		}
		String number = number(province, kind, state, issuedOn.getYear());
		String topic = (product != null) ? product.topic() : topic();
		Issued self = new Issued(province, kind, number, issuedOn, issuer(province, kind, state), topic);
		Writer w = new Writer(self, state);
		int citations = w.header(product != null);
		citations += w.preamble(product);
		w.objectives();
		w.tasks();
		citations += w.organisation();
		w.signature();
		w.table();
		this.issued.get(province).add(self);
		String id = DocumentIds.numbered(province.name(), kind.value(), number, String.valueOf(issuedOn.getYear()));
		String file = String.format(Locale.ROOT, "syn_%05d_%s.txt", index, DocumentIds.slug(province.name()));
		return new Document(file, id, province.name(), kind.value(), number, issuedOn, w.text(), w.planned, citations);
	}

	/**
	 * One time in four a document is the product an earlier task asked for in its
	 * province.
	 */
	private Product fulfil(Province province) {
		List<Product> open = this.wanted.get(province);
		if (open.isEmpty() || !chance(25)) {
			return null;
		}
		return open.remove(this.random.nextInt(open.size()));
	}

	private String number(Province province, Kind kind, boolean state, int year) {
		String key = province.name() + kind + state + year;
		int n = this.counters.merge(key, 1 + this.random.nextInt(3), Integer::sum);
		return state ? n + "/" + kind.symbol() + "-UBND" : n + "-" + kind.symbol() + "/TU";
	}

	private static String issuer(Province province, Kind kind, boolean state) {
		if (state) {
			return province.peoplesCommittee();
		}
		return (kind == Kind.RESOLUTION || kind == Kind.PROGRAM) ? province.executive() : province.standing();
	}

	private String topic() {
		return pick(TOPICS) + pick(QUALIFIERS);
	}

	private boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	/** "Kế hoạch số 12-KH/TU ngày 05/3/2024 của Ban Thường vụ Tỉnh ủy về ...". */
	private static String cite(Issued d, Province from) {
		String of = d.issuer();
		if (!d.province().equals(from)) {
			// Another province's document names its province, or it would be read as
			// ours.
			of = of + " " + d.province().name();
		}
		return d.kind().word() + " số " + d.number() + " ngày " + dmy(d.issuedOn()) + " của " + of + " về " + d.topic();
	}

	private static String dmy(LocalDate date) {
		return String.format(Locale.ROOT, "%02d/%d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	/** Writes the text of one document and records what it assigns. */
	private final class Writer {

		private final StringBuilder text = new StringBuilder();

		private final List<PlannedTask> planned = new ArrayList<>();

		private final Issued self;

		private final Province province;

		private final Agencies agencies;

		private final Kind kind;

		private final boolean state;

		private final LocalDate issuedOn;

		private final List<Issued> earlier;

		private int tableRows;

		Writer(Issued self, boolean state) {
			this.self = self;
			this.province = self.province();
			this.agencies = SyntheticCorpus.this.agencies.get(this.province);
			this.kind = self.kind();
			this.state = state;
			this.issuedOn = self.issuedOn();
			this.earlier = SyntheticCorpus.this.issued.get(this.province);
		}

		String text() {
			return this.text.toString();
		}

		private Writer line(String line) {
			this.text.append(line).append('\n');
			return this;
		}

		int header(boolean product) {
			String place = this.province.name();
			String banner = this.state ? "ỦY BAN NHÂN DÂN " + this.province.upperUnit()
					: this.province.upperCommittee();
			String motto = this.state ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : "ĐẢNG CỘNG SẢN VIỆT NAM";
			line(banner + "          " + motto);
			line(this.state ? "                    Độc lập - Tự do - Hạnh phúc" : "*");
			line((this.state ? "Số: " : "Số ") + this.self.number() + "          " + place + ", ngày "
					+ String.format(Locale.ROOT, "%02d", this.issuedOn.getDayOfMonth()) + " tháng "
					+ this.issuedOn.getMonthValue() + " năm " + this.issuedOn.getYear());
			line("");
			line(this.kind.caps());
			int citations = 0;
			if (product) {
				// The document a task asked for carries the title the task gave it.
				line(this.self.topic());
				line("trên địa bàn " + this.province.unit() + " " + this.province.name());
			}
			else if (!this.earlier.isEmpty() && chance(50)) {
				Issued parent = this.earlier.get(recent(this.earlier.size()));
				line("thực hiện " + parent.kind().word() + " số " + parent.number() + " ngày " + dmy(parent.issuedOn())
						+ " của " + parent.issuer());
				line("về " + parent.topic());
				citations++;
			}
			else {
				line(ofIssuer() + "về " + this.self.topic());
				line("trên địa bàn " + this.province.unit() + " " + this.province.name());
			}
			line("-----");
			line("");
			return citations;
		}

		private String ofIssuer() {
			return (this.kind == Kind.RESOLUTION || this.kind == Kind.DIRECTIVE || this.kind == Kind.CONCLUSION)
					? "của " + this.self.issuer() + "\n" : "";
		}

		/**
		 * Two to five citations: the document this one implements, central documents,
		 * earlier documents of the province.
		 */
		int preamble(Product product) {
			List<String> cited = new ArrayList<>();
			if (product != null) {
				cited.add(cite(product.setBy(), this.province));
			}
			int count = 2 + SyntheticCorpus.this.random.nextInt(4) - cited.size();
			for (int i = 0; i < count; i++) {
				if (this.earlier.size() < 3 || chance(35)) {
					String national = pick(NATIONAL);
					if (!cited.contains(national)) {
						cited.add(national);
					}
				}
				else {
					String local = cite(this.earlier.get(recent(this.earlier.size())), this.province);
					if (!cited.contains(local)) {
						cited.add(local);
					}
				}
			}
			StringBuilder p = new StringBuilder("Thực hiện ");
			for (int i = 0; i < cited.size(); i++) {
				if (i > 0) {
					p.append((i == cited.size() - 1 && cited.size() > 2) ? "; căn cứ " : "; ");
				}
				p.append(cited.get(i));
			}
			p.append(", ").append(this.self.issuer()).append(" ban hành ");
			p.append(this.kind.word().toLowerCase(Locale.ROOT))
				.append(" ")
				.append(this.self.topic())
				.append(" như sau:");
			line(p.toString());
			line("");
			return cited.size();
		}

		void objectives() {
			line("I. MỤC ĐÍCH, YÊU CẦU");
			line("");
			List<String> fillers = new ArrayList<>(FILLERS);
			Collections.shuffle(fillers, SyntheticCorpus.this.random);
			for (int i = 0; i < 2 + SyntheticCorpus.this.random.nextInt(2); i++) {
				line((i + 1) + ". " + fillers.get(i).replace("{doc}", this.kind.word().toLowerCase(Locale.ROOT)));
				line("");
			}
		}

		/**
		 * About twenty tasks: sentences in two to four sections, shared-lead lists, and
		 * for half the documents some of them in a table.
		 */
		void tasks() {
			int total = 14 + SyntheticCorpus.this.random.nextInt(13);
			int inTable = chance(50) ? 4 + SyntheticCorpus.this.random.nextInt(5) : 0;
			int inText = total - inTable - 1;
			line("II. NHIỆM VỤ VÀ GIẢI PHÁP");
			line("");
			List<String> sections = new ArrayList<>(SECTIONS);
			Collections.shuffle(sections, SyntheticCorpus.this.random);
			int sectionCount = 2 + SyntheticCorpus.this.random.nextInt(3);
			int written = 0;
			for (int s = 0; s < sectionCount; s++) {
				line((s + 1) + ". " + sections.get(s));
				line("");
				if (chance(40)) {
					line(pick(FILLERS).replace("{doc}", "nghị quyết"));
					line("");
				}
				int here = (s == sectionCount - 1) ? inText - written : inText / sectionCount;
				int item = 0;
				while (here > 0) {
					item++;
					if (here >= 3 && chance(15)) {
						int items = 2 + SyntheticCorpus.this.random.nextInt(2);
						sharedLeadList(item, items);
						here -= items;
						written += items;
					}
					else {
						line("(" + item + ") " + sentence());
						line("");
						here--;
						written++;
					}
				}
			}
			this.tableRows = inTable;
		}

		/** One task sentence in one of the shapes directives use. */
		private String sentence() {
			String lead = this.agencies.lead(SyntheticCorpus.this.random);
			String topic = topic();
			Deadline due = deadline();
			int shape = SyntheticCorpus.this.random.nextInt(100);
			if (shape < 30) {
				Kind product = pick(PRODUCT_KINDS);
				plan(lead, product, topic, due.quarterEnd());
				return lead + " chủ trì, phối hợp với " + coordinators() + " xây dựng " + product.word() + " " + topic
						+ ", thời gian hoàn thành trong " + due.quarterText() + ".";
			}
			if (shape < 45) {
				Kind product = pick(PRODUCT_KINDS);
				plan(lead, product, topic, due.monthEnd());
				return lead + " chủ trì tham mưu xây dựng " + product.word() + " " + topic
						+ "; thời gian hoàn thành trong " + due.monthText() + ".";
			}
			if (shape < 58) {
				plan(lead, null, topic, due.day());
				return lead + " phối hợp với các cơ quan, đơn vị có liên quan " + pick(ACTIONS) + " " + topic
						+ ", hoàn thành trước ngày " + dmy(due.day()) + ".";
			}
			if (shape < 68) {
				plan(lead, null, topic, null);
				String every = chance(50) ? "Hằng năm" : "Định kỳ hằng quý";
				return every + ", " + lead + " chủ trì " + pick(ACTIONS) + " " + topic + ".";
			}
			if (shape < 80) {
				plan(lead, null, topic, due.yearEnd());
				return lead + " tham mưu " + pick(ACTIONS) + " " + topic + ", thời gian hoàn thành trong năm "
						+ due.yearEnd().getYear() + ".";
			}
			if (shape < 90) {
				plan(lead, null, topic, due.quarterEnd());
				return lead + " chủ trì " + pick(ACTIONS) + " " + topic + ". Thời gian hoàn thành trong "
						+ due.quarterText() + ".";
			}
			if (shape < 96) {
				plan(lead, null, topic, null);
				return "Giao " + lead + " chủ trì, phối hợp với " + coordinators() + " thường xuyên theo dõi, "
						+ pick(ACTIONS) + " " + topic + ".";
			}
			// An agency the gazetteer does not know still leads its task.
			String unknown = pick(List.of("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
					"Trung tâm Phục vụ hành chính công", "Quỹ Đầu tư phát triển", "Ban Quản lý các khu công nghiệp"));
			unknown = unknown + (this.province.city() ? " thành phố" : " tỉnh");
			plan(unknown, null, topic, due.quarterEnd());
			return unknown + " chủ trì " + pick(ACTIONS) + " " + topic + ", thời gian hoàn thành trong "
					+ due.quarterText() + ".";
		}

		/** "X chủ trì tham mưu xây dựng:" followed by one product per item. */
		private void sharedLeadList(int item, int items) {
			String lead = this.agencies.lead(SyntheticCorpus.this.random);
			line("(" + item + ") " + lead + " chủ trì tham mưu xây dựng:");
			line("");
			for (int i = 1; i <= items; i++) {
				Kind product = pick(PRODUCT_KINDS);
				String topic = topic();
				Deadline due = deadline();
				plan(lead, product, topic, due.quarterEnd());
				line("(" + item + "." + i + ") " + product.word() + " " + topic + "; thời gian hoàn thành trong "
						+ due.quarterText() + ".");
				line("");
			}
		}

		private String[] row(int n) {
			String lead = this.agencies.lead(SyntheticCorpus.this.random);
			Kind product = pick(PRODUCT_KINDS);
			String topic = topic();
			Deadline due = deadline();
			String coordinating = String.join(", ", this.agencies.coordinators(SyntheticCorpus.this.random));
			int form = SyntheticCorpus.this.random.nextInt(10);
			String deadline;
			LocalDate end;
			if (form < 5) {
				deadline = "Quý " + ROMAN[due.quarter() - 1] + "/" + due.year();
				end = due.quarterEnd();
			}
			else if (form < 8) {
				deadline = "Tháng " + due.month() + "/" + due.year();
				end = due.monthEnd();
			}
			else {
				deadline = "Thường xuyên";
				end = null;
			}
			plan(lead, product, topic, end);
			return new String[] { String.valueOf(n), "Xây dựng " + product.word() + " " + topic, lead, coordinating,
					product.word(), deadline };
		}

		private void plan(String lead, Kind product, String topic, LocalDate deadline) {
			this.planned.add(new PlannedTask(lead, (product != null) ? product.value() : null, deadline));
			if (product != null) {
				SyntheticCorpus.this.wanted.get(this.province).add(new Product(product, topic, this.self));
			}
		}

		private String coordinators() {
			List<String> names = this.agencies.coordinators(SyntheticCorpus.this.random);
			return (names.size() == 1) ? names.get(0)
					: String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
		}

		/** One to eight quarters after the document was issued. */
		private Deadline deadline() {
			LocalDate due = this.issuedOn.plusMonths(3L * (1 + SyntheticCorpus.this.random.nextInt(8)));
			return new Deadline(due.getYear(), due.getMonthValue(), 1 + SyntheticCorpus.this.random.nextInt(28));
		}

		/**
		 * Section III: who follows up (itself a task), and one to five further citations,
		 * some of another province.
		 */
		int organisation() {
			line("III. TỔ CHỨC THỰC HIỆN");
			line("");
			String office = this.agencies.office();
			plan(office, null, "", null);
			line("1. " + office + " chủ trì theo dõi, đôn đốc việc triển khai thực hiện "
					+ this.kind.word().toLowerCase(Locale.ROOT) + "; định kỳ báo cáo " + this.self.issuer() + ".");
			line("");
			List<String> cited = new ArrayList<>();
			int count = 1 + SyntheticCorpus.this.random.nextInt(5);
			for (int i = 0; i < count; i++) {
				Province other = chance(20) ? pick(PROVINCES) : this.province;
				List<Issued> pool = SyntheticCorpus.this.issued.get(other);
				String c = (pool.isEmpty() || chance(20)) ? pick(NATIONAL)
						: cite(pool.get(recent(pool.size())), this.province);
				if (!cited.contains(c)) {
					cited.add(c);
				}
			}
			line("2. Trong quá trình thực hiện, các cơ quan, đơn vị gắn với việc tiếp tục thực hiện "
					+ String.join("; ", cited) + ".");
			line("");
			int citations = cited.size();
			Issued old = this.earlier.isEmpty() ? null : this.earlier.get(recent(this.earlier.size()));
			if (old != null && old.kind() == this.kind && chance(30)) {
				line("3. " + this.kind.word() + " này thay thế " + cite(old, this.province) + ".");
				line("");
				citations++;
			}
			return citations;
		}

		void signature() {
			line("Nơi nhận:");
			line(this.state ? "- Văn phòng Chính phủ," : "- Ban Bí thư Trung ương Đảng (b/c),");
			line("- Các sở, ban, ngành, đoàn thể " + this.province.unit() + ",");
			line("- Lưu Văn phòng.");
			line("");
			line(this.state ? "TM. ỦY BAN NHÂN DÂN" : "T/M BAN THƯỜNG VỤ");
			line(this.state ? "CHỦ TỊCH" : "PHÓ BÍ THƯ");
			line("");
			line(pick(SURNAMES) + " " + pick(MIDDLE) + " " + pick(GIVEN));
		}

		/**
		 * The appendix table, after the signature as in real plans. "Phụ lục" is not
		 * written in capitals: a capitalised "PHỤ LỤC" starts a separate document for the
		 * extractor.
		 */
		void table() {
			if (this.tableRows == 0) {
				return;
			}
			line("");
			line("Phụ lục");
			line("DANH MỤC NHIỆM VỤ TRỌNG TÂM");
			line("(Kèm theo " + this.kind.word() + " số " + this.self.number() + " ngày " + dmy(this.issuedOn) + " của "
					+ this.self.issuer() + ")");
			line("");
			line("| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian hoàn thành |");
			line("|---|---|---|---|---|---|");
			for (int i = 1; i <= this.tableRows; i++) {
				line("| " + String.join(" | ", row(i)) + " |");
			}
		}

	}

	/** Draws documents to cite mostly among the recent ones, as real plans do. */
	private int recent(int count) {
		int window = Math.min(count, 200);
		return count - 1 - this.random.nextInt(window);
	}

	private record Province(String name, boolean city) {

		String unit() {
			return this.city ? "thành phố" : "tỉnh";
		}

		String upperUnit() {
			return (this.city ? "THÀNH PHỐ " : "TỈNH ") + this.name.toUpperCase(Locale.ROOT);
		}

		String upperCommittee() {
			return (this.city ? "THÀNH ỦY " : "TỈNH ỦY ") + this.name.toUpperCase(Locale.ROOT);
		}

		String peoplesCommittee() {
			return "Ủy ban nhân dân " + unit();
		}

		String executive() {
			return "Ban Chấp hành Đảng bộ " + unit();
		}

		String standing() {
			return this.city ? "Ban Thường vụ Thành ủy" : "Ban Thường vụ Tỉnh ủy";
		}

	}

	private enum Kind {

		PLAN("Kế hoạch", "KH"), PROGRAM("Chương trình", "CTr"), RESOLUTION("Nghị quyết", "NQ"), PROJECT("Đề án", "ĐA"),
		DIRECTIVE("Chỉ thị", "CT"), CONCLUSION("Kết luận", "KL");

		private final String word;

		private final String symbol;

		Kind(String word, String symbol) {
			this.word = word;
			this.symbol = symbol;
		}

		String value() {
			return name();
		}

		String word() {
			return this.word;
		}

		String caps() {
			return this.word.toUpperCase(Locale.ROOT);
		}

		String symbol() {
			return this.symbol;
		}

	}

	/** A generated document, as later ones cite it. */
	private record Issued(Province province, Kind kind, String number, LocalDate issuedOn, String issuer,
			String topic) {
	}

	/** A document a task asked for, and the document that asked. */
	private record Product(Kind kind, String topic, Issued setBy) {
	}

	private record Deadline(int year, int month, int dayOfMonth) {

		int quarter() {
			return (this.month - 1) / 3 + 1;
		}

		String quarterText() {
			return "quý " + ROMAN[quarter() - 1] + " năm " + this.year;
		}

		String monthText() {
			return "tháng " + this.month + "/" + this.year;
		}

		LocalDate quarterEnd() {
			return LocalDate.of(this.year, quarter() * 3, 1).plusMonths(1).minusDays(1);
		}

		LocalDate monthEnd() {
			return LocalDate.of(this.year, this.month, 1).plusMonths(1).minusDays(1);
		}

		LocalDate yearEnd() {
			return LocalDate.of(this.year, 12, 31);
		}

		LocalDate day() {
			return LocalDate.of(this.year, this.month, this.dayOfMonth);
		}

	}

	/** The gazetteer's agencies of a province or of a city, as leads and coordinators. */
	private record Agencies(List<String> leads, List<String> coordinators, String office) {

		static Agencies of(Gazetteer gazetteer, boolean city) {
			List<String> leads = new ArrayList<>();
			for (Gazetteer.Agency a : gazetteer.agencies()) {
				String name = a.name();
				String lower = name.toLowerCase(Locale.ROOT);
				boolean cityOnly = lower.contains("thành phố") || lower.contains("thành ủy")
						|| lower.contains("thành đoàn");
				boolean provinceOnly = lower.contains("tỉnh");
				if (!"PROVINCE".equals(a.level()) || lower.startsWith("đại hội") || lower.contains(" các ")
						|| a.kind().equals("PEOPLES_COUNCIL") || (city ? provinceOnly : cityOnly)) {
					continue;
				}
				if (a.kind().equals("PARTY_COMMITTEE") && !lower.startsWith("đảng ủy")) {
					// The committee itself issues the document; its boards carry it out.
					continue;
				}
				leads.add(name);
			}
			// A comma inside a name cannot be told from the comma between names in a
			// table cell.
			List<String> coordinators = leads.stream().filter((n) -> !n.contains(",")).toList();
			return new Agencies(List.copyOf(leads), coordinators, city ? "Văn phòng Thành ủy" : "Văn phòng Tỉnh ủy");
		}

		String lead(Random random) {
			return this.leads.get(random.nextInt(this.leads.size()));
		}

		List<String> coordinators(Random random) {
			int count = 1 + random.nextInt(3);
			List<String> names = new ArrayList<>();
			while (names.size() < count) {
				String name = this.coordinators.get(random.nextInt(this.coordinators.size()));
				if (!names.contains(name)) {
					names.add(name);
				}
			}
			return names;
		}

	}

}
