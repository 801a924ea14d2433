package io.directivegraph.report;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import io.directivegraph.agency.Successions;
import io.directivegraph.ingest.FolderIngest;
import io.directivegraph.neo4j.ApiTest;
import io.directivegraph.neo4j.TestNeo4j;
import io.directivegraph.task.StatusVocabulary;
import io.directivegraph.web.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report files, read back with the library that wrote them: the workbook's summary
 * equals the JSON report and each status sheet lists that status's tasks with days as
 * dates; the CSV lists what {@code /api/tasks} lists, in its order; the Word report has
 * the summary table, the chart and the overdue list; {@code dueWithin} keeps what falls
 * due in the window.
 */
@ApiTest
class ReportFilesIT {

	static final String AS_OF = "2026-12-01";

	static final String WHERE = "Hậu Giang";

	private static final Path SHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

	@LocalServerPort
	int port;

	@Autowired
	void seeds(FolderIngest ingest, Successions successions) throws Exception {
		TestNeo4j.seedsFor(getClass(), ingest, successions);
	}

	private byte[] bytes(String path, String type) throws Exception {
		ApiClient api = new ApiClient(this.port);
		HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
			.send(api.request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment",
				(path.contains("jurisdiction=") ? "hau-giang-" : "-") + AS_OF);
		return response.body();
	}

	private JsonNode json(String path) throws Exception {
		return new ApiClient(this.port).ok(path);
	}

	/** The report's overdue tasks, all agencies together. */
	private static long overdue(JsonNode report) {
		long overdue = 0;
		for (JsonNode item : report.get("items")) {
			overdue += item.get("overdue").asLong();
		}
		return overdue;
	}

	private static String q(String s) {
		return ApiClient.enc(s);
	}

	@Test
	void theWorkbookSumsUpEachAgencyAsTheReportDoesAndListsEachStatusWithDaysAsDates() throws Exception {
		JsonNode report = json("/api/reports/overdue?asOf=" + AS_OF + "&jurisdiction=" + q(WHERE));
		byte[] file = bytes("/api/reports/overdue.xlsx?asOf=" + AS_OF + "&jurisdiction=" + q(WHERE),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			List<String> names = new ArrayList<>();
			workbook.forEach((s) -> names.add(s.getSheetName()));
			List<String> expected = new ArrayList<>(List.of("Tổng hợp"));
			StatusVocabulary.all().forEach((e) -> expected.add(e.name()));
			assertThat(names).isEqualTo(expected);

			XSSFSheet summary = workbook.getSheet("Tổng hợp");
			assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
			assertThat(summary.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Quá hạn");
			int agencies = report.get("items").size();
			assertThat(summary.getRow(agencies + 1).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			long overdue = overdue(report);
			assertThat((long) summary.getRow(agencies + 1).getCell(1).getNumericCellValue()).isEqualTo(overdue);
			assertThat(overdue).isPositive();

			XSSFSheet late = workbook.getSheet("Quá hạn");
			assertThat(late.getLastRowNum()).isEqualTo((int) overdue);
			assertThat(late.getCTWorksheet().isSetAutoFilter()).isTrue();
			Row first = late.getRow(1);
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Quá hạn");
			assertThat(first.getCell(2).getStringCellValue()).isNotBlank();
			Cell deadline = first.getCell(ReportFiles.TASK_COLUMNS.indexOf("Hạn cuối"));
			assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
			assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isBefore(LocalDate.parse(AS_OF));
			assertThat(first.getCell(ReportFiles.TASK_COLUMNS.indexOf("Tệp nguồn")).getStringCellValue()).isNotBlank();
		}
	}

	@Test
	void theCsvListsWhatTheTaskListListsInItsOrderForExcel() throws Exception {
		for (String filter : List.of("&jurisdiction=" + q(WHERE), "&status=OVERDUE", "&dueWithin=400",
				"&jurisdiction=" + q(WHERE) + "&q=" + q("chuyển đổi số"))) {
			JsonNode page = json("/api/tasks?size=500&asOf=" + AS_OF + filter);
			byte[] file = bytes("/api/tasks.csv?asOf=" + AS_OF + filter, "text/csv");
			assertThat(file[0] & 0xff).isEqualTo(0xEF);
			String text = new String(file, StandardCharsets.UTF_8).substring(1);
			List<String> lines = text.lines().toList();
			assertThat(lines.get(0)).startsWith("STT,Tình trạng,Nhiệm vụ");
			List<String> ids = new ArrayList<>();
			for (String line : lines.subList(1, lines.size())) {
				ids.add(line.substring(line.lastIndexOf(',') + 1));
			}
			List<String> expected = new ArrayList<>();
			page.get("items").forEach((t) -> expected.add(t.get("id").asString()));
			assertThat(ids).as(filter).isEqualTo(expected);
		}
	}

	@Test
	void dueWithinKeepsTheTasksNotDoneFallingDueInTheWindow() throws Exception {
		JsonNode soon = json("/api/tasks?size=500&asOf=2025-06-01&dueWithin=200");
		assertThat(soon.get("items").size()).isPositive();
		long pendingInWindow = 0;
		for (JsonNode t : json("/api/tasks?size=500&asOf=2025-06-01&status=PENDING").get("items")) {
			if (t.get("deadline").asString().compareTo("2025-12-18") <= 0) {
				pendingInWindow++;
			}
		}
		assertThat((long) soon.get("items").size()).isEqualTo(pendingInWindow);
		for (JsonNode t : soon.get("items")) {
			assertThat(t.get("status").asString()).isEqualTo("PENDING");
			assertThat(t.get("deadline").asString()).isBetween("2025-06-01", "2025-12-18");
		}
		assertThat(new ApiClient(this.port).get("/api/tasks?dueWithin=-3").statusCode()).isEqualTo(400);
	}

	@Test
	void theWordReportHasTheSummaryTheChartAndTheOverdueListInTimesNewRomanOnA4() throws Exception {
		JsonNode report = json("/api/reports/overdue?asOf=" + AS_OF + "&jurisdiction=" + q(WHERE));
		byte[] file = bytes("/api/reports/overdue.docx?asOf=" + AS_OF + "&jurisdiction=" + q(WHERE),
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
			String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
			assertThat(text).contains("BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", "tính đến ngày 01/12/2026",
					"II. NHIỆM VỤ QUÁ HẠN", "III. NHIỆM VỤ SẮP ĐẾN HẠN", "IV. CÁCH TÍNH");
			assertThat(doc.getTables().get(0).getNumberOfRows()).isEqualTo(report.get("items").size() + 2);
			assertThat(doc.getCharts()).hasSize(1);
			assertThat(doc.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
			assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
			long overdue = overdue(report);
			long listed = doc.getParagraphs()
				.stream()
				.filter((p) -> p.getText().matches("\\d+\\. .*quá hạn \\d+ ngày\\)\\."))
				.count();
			assertThat(listed).isEqualTo(overdue);
		}
	}

	/** LibreOffice's command, where installed (Debian: libreoffice-writer-nogui). */
	static String soffice() {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
			Path candidate = Path.of(dir, "soffice");
			if (java.nio.file.Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}

	static boolean sofficeInstalled() {
		return soffice() != null;
	}

	/**
	 * The Word report as a person opens it: LibreOffice renders it to PDF (A4 pages, the
	 * Vietnamese title and headings as text, the overdue list, the chart drawn), and its
	 * first page is kept as a picture to look at ({@code target/screenshots}).
	 */
	@Test
	@org.junit.jupiter.api.condition.EnabledIf("sofficeInstalled")
	void theWordReportRendersToA4PagesInLibreOffice() throws Exception {
		byte[] file = bytes("/api/reports/overdue.docx?asOf=" + AS_OF + "&jurisdiction=" + q(WHERE),
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		Path dir = java.nio.file.Files.createTempDirectory("report-pdf");
		Path docx = java.nio.file.Files.write(dir.resolve("bao-cao.docx"), file);
		Process process = new ProcessBuilder(soffice(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("soffice.log").toFile())
			.start();
		assertThat(process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
		Path pdf = dir.resolve("bao-cao.pdf");
		assertThat(pdf).as(java.nio.file.Files.readString(dir.resolve("soffice.log"))).exists();
		try (org.apache.pdfbox.pdmodel.PDDocument rendered = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
			assertThat(rendered.getNumberOfPages()).isGreaterThan(1);
			org.apache.pdfbox.pdmodel.common.PDRectangle a4 = rendered.getPage(0).getMediaBox();
			assertThat(a4.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
			assertThat(a4.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
			// The chart is drawn on the page (vector paths or an image), not left out.
			java.awt.image.BufferedImage first = new org.apache.pdfbox.rendering.PDFRenderer(rendered)
				.renderImageWithDPI(0, 60);
			java.nio.file.Files.createDirectories(SHOTS);
			javax.imageio.ImageIO.write(first, "png", SHOTS.resolve("report-docx-page1.png").toFile());
			// LibreOffice places a marked letter's glyphs apart; read in the order they
			// stand on the page.
			org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(rendered);
			assertThat(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)).contains(
					"BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", "tính đến ngày 01/12/2026", "II. NHIỆM VỤ QUÁ HẠN",
					"IV. CÁCH TÍNH");
			// The agency column is wide enough for its heading on one line (spread
			// evenly,
			// names broke after every word).
			assertThat(text).contains("Cơ quan chủ trì");
			assertThat(inkShare(first)).as("share of the first page inked").isBetween(0.01, 0.6);
		}
	}

	/** The share of a page's pixels that are not white. */
	private static double inkShare(java.awt.image.BufferedImage image) {
		long inked = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 600) {
					inked++;
				}
			}
		}
		return (double) inked / ((long) image.getWidth() * image.getHeight());
	}

	@Test
	void anAgencysDeadlinesAreACalendarAndTheOverdueTasksAnAtomFeed() throws Exception {
		String asOf = "2025-06-01";
		JsonNode report = json("/api/reports/overdue?asOf=" + asOf + "&jurisdiction=" + q(WHERE));
		JsonNode busiest = null;
		for (JsonNode item : report.get("items")) {
			if (item.path("agency").path("id").asString(null) != null && (busiest == null
					|| item.get("overdue").asLong() + item.get("pending").asLong() > busiest.get("overdue").asLong()
							+ busiest.get("pending").asLong())) {
				busiest = item;
			}
		}
		String id = busiest.get("agency").get("id").asString();
		long expected = busiest.get("overdue").asLong() + busiest.get("pending").asLong();
		assertThat(expected).isPositive();
		ApiClient api = new ApiClient(this.port);
		HttpResponse<String> ics = api.get("/api/agencies/" + q(id) + "/deadlines.ics?asOf=" + asOf);
		assertThat(ics.statusCode()).isEqualTo(200);
		assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
			.build(new java.io.StringReader(ics.body()));
		List<net.fortuna.ical4j.model.component.VEvent> events = calendar
			.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
		assertThat((long) events.size()).isEqualTo(expected);
		assertThat(ics.body()).contains("BEGIN:VCALENDAR", "VERSION:2.0", "DTSTART;VALUE=DATE:");
		assertThat(ics.body().contains("BEGIN:VALARM")).isEqualTo(busiest.get("pending").asLong() > 0);
		for (String line : ics.body().split("\r\n")) {
			// RFC 5545: lines folded at 75 octets.
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(api.get("/api/agencies/no-such-agency/deadlines.ics").statusCode()).isEqualTo(404);

		HttpResponse<String> atom = api.get("/api/reports/overdue.atom?asOf=" + asOf + "&jurisdiction=" + q(WHERE));
		assertThat(atom.statusCode()).isEqualTo(200);
		javax.xml.parsers.DocumentBuilderFactory parser = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance();
		parser.setNamespaceAware(true);
		org.w3c.dom.Document feed = parser.newDocumentBuilder()
			.parse(new java.io.ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8)));
		org.w3c.dom.NodeList entries = feed.getElementsByTagName("entry");
		long overdue = overdue(report);
		assertThat((long) entries.getLength()).isEqualTo(Math.min(overdue, DeadlineFeeds.ATOM_ENTRIES));
		assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
	}

}
