package io.directivegraph.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Service;

import io.directivegraph.task.StatusVocabulary;
import io.directivegraph.task.TaskRow;
import io.directivegraph.task.TaskRows;
import io.directivegraph.task.TaskStatus;

/**
 * The quarterly report a follow-up office writes ("Báo cáo tình hình thực hiện nhiệm
 * vụ"), as a Word file ready to edit: A4, Times New Roman; the title and the day; a
 * summary table and a bar chart per lead agency; the overdue tasks per agency; what falls
 * due in the next 30 and 90 days; how the figures were derived.
 */
@Service
public class QuarterlyReport {

	private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String FONT = "Times New Roman";

	/** The width between the margins of {@link #a4}, in twips. */
	private static final int TEXT_WIDTH = 11906 - 1701 - 1134;

	/** The summary table's agency column, in twips (about 5.4 cm). */
	private static final int NAME_WIDTH = 3071;

	private final ReportFiles files;

	private final TaskRows tasks;

	QuarterlyReport(ReportFiles files, TaskRows tasks) {
		this.files = files;
		this.tasks = tasks;
	}

	/** Writes the report of a jurisdiction (or one agency, or everything) on a day. */
	public void docx(LocalDate asOf, String jurisdiction, String agency, OutputStream out) {
		try (XWPFDocument doc = new XWPFDocument()) {
			a4(doc);
			paragraph(doc, ParagraphAlignment.CENTER, 14, true,
					"BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO TẠI CÁC VĂN BẢN CHỈ ĐẠO");
			paragraph(doc, ParagraphAlignment.CENTER, 13, false,
					((jurisdiction != null) ? "Địa bàn: " + jurisdiction : "Mọi địa bàn") + " — tính đến ngày "
							+ asOf.format(VI));

			List<ReportFiles.Summary> summaries = this.files.summaries(asOf, jurisdiction, agency);
			heading(doc, "I. TỔNG HỢP THEO CƠ QUAN CHỦ TRÌ");
			summaryTable(doc, summaries);
			chart(doc, summaries);

			heading(doc, "II. NHIỆM VỤ QUÁ HẠN");
			Map<String, List<TaskRow>> overdue = byLead(
					new TaskRows.Filter(asOf, null, agency, null, jurisdiction, TaskStatus.OVERDUE, null));
			if (overdue.isEmpty()) {
				paragraph(doc, ParagraphAlignment.LEFT, 13, false, "Không có nhiệm vụ quá hạn.");
			}
			overdue.forEach((lead, list) -> taskList(doc, lead + " (" + list.size() + " nhiệm vụ)", list, asOf));

			heading(doc, "III. NHIỆM VỤ SẮP ĐẾN HẠN");
			List<TaskRow> within30 = new ArrayList<>();
			List<TaskRow> within90 = new ArrayList<>();
			String day30 = asOf.plusDays(30).toString();
			this.tasks.stream(new TaskRows.Filter(asOf, null, agency, null, jurisdiction, null, 90),
					(t) -> ((t.deadline().compareTo(day30) <= 0) ? within30 : within90).add(t));
			taskList(doc, "1. Đến hạn trong 30 ngày tới (đến " + asOf.plusDays(30).format(VI) + "): " + within30.size()
					+ " nhiệm vụ", within30, asOf);
			taskList(doc, "2. Đến hạn từ ngày thứ 31 đến ngày thứ 90 (đến " + asOf.plusDays(90).format(VI) + "): "
					+ within90.size() + " nhiệm vụ", within90, asOf);

			heading(doc, "IV. CÁCH TÍNH CÁC SỐ LIỆU");
			for (String line : List.of(
					"Nhiệm vụ được trích từ các văn bản đã nhập (nghị quyết, chương trình, kế hoạch, quyết định, kết luận, "
							+ "chỉ thị); mỗi nhiệm vụ tính cho cơ quan chủ trì ghi trong văn bản giao. Cơ quan đã sáp nhập: "
							+ "nhiệm vụ vẫn ghi tên cơ quan cũ, kèm cơ quan nay chịu trách nhiệm.",
					"Hạn cuối là ngày cuối của thời hạn văn bản ghi (quý IV/2026 → 31/12/2026; tháng 6/2026 → 30/6/2026; "
							+ "năm 2026 → 31/12/2026).",
					"Hoàn thành: ngày ban hành văn bản thực hiện nhiệm vụ, hoặc ngày do cán bộ theo dõi ghi nhận; chỉ tính "
							+ "khi không muộn hơn ngày báo cáo.",
					"Quá hạn: chưa hoàn thành và hạn cuối trước ngày báo cáo. Trong hạn: chưa hoàn thành, hạn cuối từ ngày "
							+ "báo cáo trở đi. Không thời hạn: văn bản không ghi thời hạn (kể cả nhiệm vụ thường xuyên). "
							+ "Ngày ban hành chưa rõ: văn bản giao không ghi và không suy ra được ngày ban hành, không tính "
							+ "quá hạn hay trong hạn.",
					"Số liệu do directive-graph lập ngày " + LocalDate.now().format(VI)
							+ "; mỗi nhiệm vụ dẫn về tệp và dòng văn bản gốc (bản Excel cùng tên).")) {
				paragraph(doc, ParagraphAlignment.BOTH, 13, false, "- " + line);
			}
			doc.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, List<TaskRow>> byLead(TaskRows.Filter filter) {
		Map<String, List<TaskRow>> by = new LinkedHashMap<>();
		this.tasks.stream(filter, (t) -> by.computeIfAbsent(lead(t), (k) -> new ArrayList<>()).add(t));
		return by;
	}

	private static String lead(TaskRow t) {
		String name = (t.lead() != null) ? t.lead().name() : "(không ghi cơ quan chủ trì)";
		return (t.responsible() != null) ? name + " (nay: " + t.responsible().name() + ")" : name;
	}

	private static void taskList(XWPFDocument doc, String title, List<TaskRow> list, LocalDate asOf) {
		paragraph(doc, ParagraphAlignment.LEFT, 13, true, title);
		int n = 0;
		for (TaskRow t : list) {
			String due = ReportFiles.due(t.due());
			String late = "";
			if (t.status() == TaskStatus.OVERDUE && t.deadline() != null) {
				late = ", quá hạn " + java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(t.deadline()), asOf)
						+ " ngày";
			}
			String document = t.document().named();
			paragraph(doc, ParagraphAlignment.BOTH, 13, false,
					(++n) + ". " + t.title() + " (" + document + ((due != null) ? "; thời hạn " + due : "") + late
							+ ((t.status() != TaskStatus.OVERDUE) ? "; chủ trì: " + lead(t) : "") + ").");
		}
	}

	private static void summaryTable(XWPFDocument doc, List<ReportFiles.Summary> summaries) {
		List<StatusVocabulary.Entry> statuses = StatusVocabulary.all();
		XWPFTable table = doc.createTable(summaries.size() + 2, statuses.size() + 2);
		table.setWidth("100%");
		List<String> header = new ArrayList<>(List.of("Cơ quan chủ trì"));
		statuses.forEach((s) -> header.add(s.name()));
		header.add("Tổng");
		fill(table.getRow(0), header, true);
		long[] totals = new long[statuses.size() + 1];
		for (int r = 0; r < summaries.size(); r++) {
			ReportFiles.Summary s = summaries.get(r);
			List<String> cells = new ArrayList<>(List.of(s.agency()));
			for (int i = 0; i < s.counts().length; i++) {
				cells.add(String.valueOf(s.counts()[i]));
				totals[i] += s.counts()[i];
			}
			fill(table.getRow(r + 1), cells, false);
		}
		List<String> total = new ArrayList<>(List.of("Tổng cộng"));
		for (long t : totals) {
			total.add(String.valueOf(t));
		}
		fill(table.getRow(summaries.size() + 1), total, true);
		// The agency's name a third of the width, the counts sharing the rest: spread
		// evenly (Word's default) the names broke after every word (seen rendered by
		// LibreOffice, ReportFilesIT).
		int numbers = (TEXT_WIDTH - NAME_WIDTH) / (statuses.size() + 1);
		int[] widths = new int[statuses.size() + 2];
		java.util.Arrays.fill(widths, numbers);
		widths[0] = TEXT_WIDTH - numbers * (statuses.size() + 1);
		widths(table, widths);
	}

	/**
	 * Fixed column widths (twips), in the grid and on every cell, as Word and LibreOffice
	 * read them.
	 */
	private static void widths(XWPFTable table, int[] twips) {
		org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr properties = table.getCTTbl().getTblPr();
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
			.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
		table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
		table.setWidth(String.valueOf(java.util.Arrays.stream(twips).sum()));
		org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid grid = table.getCTTbl().getTblGrid();
		if (grid == null) {
			grid = table.getCTTbl().addNewTblGrid();
		}
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : twips) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int i = 0; i < twips.length && i < row.getTableCells().size(); i++) {
				row.getCell(i).setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
				row.getCell(i).setWidth(String.valueOf(twips[i]));
			}
		}
	}

	private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
		for (int i = 0; i < cells.size(); i++) {
			XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
			p.setAlignment((i == 0) ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
			run(p, cells.get(i), 11, bold);
		}
	}

	/** A clustered bar chart: per agency, a bar per status, in the statuses' colours. */
	private static void chart(XWPFDocument doc, List<ReportFiles.Summary> summaries)
			throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
		if (summaries.isEmpty()) {
			return;
		}
		// At most 12 agencies drawn: the ones with most tasks; the table has them all.
		List<ReportFiles.Summary> drawn = summaries.stream()
			.sorted((a, b) -> Long.compare(b.counts()[b.counts().length - 1], a.counts()[a.counts().length - 1]))
			.limit(12)
			.toList();
		XWPFChart chart = doc.createChart(16 * 360000, 9 * 360000);
		chart.setTitleText("Nhiệm vụ theo cơ quan chủ trì và tình trạng");
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
		data.setBarDirection(BarDirection.BAR);
		// Clustered: a stacked chart needs an overlap the slim OOXML schemas of
		// poi-ooxml-lite
		// do not carry.
		data.setBarGrouping(BarGrouping.CLUSTERED);
		String[] names = drawn.stream()
			.map((s) -> (s.agency().length() > 40) ? s.agency().substring(0, 39) + "…" : s.agency())
			.toArray(String[]::new);
		var categoryData = XDDFDataSourcesFactory.fromArray(names);
		List<StatusVocabulary.Entry> statuses = StatusVocabulary.all();
		for (int i = 0; i < statuses.size(); i++) {
			int column = i;
			Long[] counts = drawn.stream().map((s) -> s.counts()[column]).toArray(Long[]::new);
			XDDFNumericalDataSource<Long> series = XDDFDataSourcesFactory.fromArray(counts);
			XDDFBarChartData.Series s = (XDDFBarChartData.Series) data.addSeries(categoryData, series);
			s.setTitle(statuses.get(i).name(), null);
			XDDFShapeProperties shape = new XDDFShapeProperties();
			shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(statuses.get(i).colour()))));
			s.setShapeProperties(shape);
		}
		chart.plot(data);
	}

	private static byte[] rgb(String hex) {
		int v = Integer.parseInt(hex.replace("#", ""), 16);
		return new byte[] { (byte) (v >> 16), (byte) (v >> 8), (byte) v };
	}

	private static void heading(XWPFDocument doc, String text) {
		XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, 13, true, text);
		p.setSpacingBefore(240);
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, int size, boolean bold,
			String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		p.setSpacingAfter(60);
		run(p, text, size, bold);
		return p;
	}

	private static void run(XWPFParagraph p, String text, int size, boolean bold) {
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
	}

	/**
	 * A4 portrait, margins of 2 cm (3 cm on the binding side), as administrative
	 * documents use.
	 */
	private static void a4(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margin = section.addNewPgMar();
		margin.setTop(BigInteger.valueOf(1134));
		margin.setBottom(BigInteger.valueOf(1134));
		margin.setLeft(BigInteger.valueOf(1701));
		margin.setRight(BigInteger.valueOf(1134));
	}

}
