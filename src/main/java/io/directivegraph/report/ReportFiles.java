package io.directivegraph.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

import io.directivegraph.accountability.OverdueCounts;
import io.directivegraph.task.StatusVocabulary;
import io.directivegraph.task.TaskRow;
import io.directivegraph.task.TaskRows;
import io.directivegraph.task.TaskStatus;

/**
 * Answers as files people work with: a task list as CSV (UTF-8 with a BOM, so Excel reads
 * the marks), the accountability report as an Excel workbook (a summary per agency, a
 * sheet per status) and as the quarterly Word report ({@link QuarterlyReport}). Rows are
 * streamed from the database ({@link TaskRows#stream}) and, in Excel, written through a
 * window of rows (POI SXSSF): a province of 70,000 tasks is never held whole.
 */
@Service
public class ReportFiles {

	/** The columns of a task list, in Vietnamese, as every file writes them. */
	static final List<String> TASK_COLUMNS = List.of("STT", "Tình trạng", "Nhiệm vụ", "Mục", "Cơ quan chủ trì",
			"Nay do cơ quan", "Cơ quan phối hợp", "Văn bản giao", "Ngày văn bản", "Địa bàn",
			"Thời hạn (như văn bản ghi)", "Hạn cuối", "Ngày hoàn thành", "Hoàn thành bằng văn bản",
			"Bằng chứng, ghi chú", "Tệp nguồn", "Trang", "Dòng", "Mã nhiệm vụ");

	private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final TaskRows tasks;

	private final OverdueCounts counts;

	ReportFiles(TaskRows tasks, OverdueCounts counts) {
		this.tasks = tasks;
		this.counts = counts;
	}

	/**
	 * The tasks of a list as CSV: RFC 4180 quoting, CRLF, UTF-8 with a byte order mark,
	 * days as YYYY-MM-DD (Excel reads them as dates whatever its locale).
	 * @return how many tasks
	 */
	public long csv(TaskRows.Filter filter, OutputStream out) {
		try {
			Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
					1 << 16);
			writer.write('\uFEFF');
			writeCsvRow(writer, TASK_COLUMNS);
			long[] n = { 0 };
			this.tasks.stream(filter, (task) -> {
				try {
					writeCsvRow(writer, cells(++n[0], task).stream().map(ReportFiles::text).toList());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			writer.flush();
			return n[0];
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeCsvRow(Writer writer, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			String cell = (cells.get(i) != null) ? cells.get(i) : "";
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
					|| cell.indexOf('\r') >= 0) {
				writer.write('"');
				writer.write(cell.replace("\"", "\"\""));
				writer.write('"');
			}
			else {
				writer.write(cell);
			}
		}
		writer.write("\r\n");
	}

	/**
	 * The accountability report as a workbook: "Tổng hợp" (per lead agency: overdue, done
	 * late, done on time, pending, no deadline, undated, total, and a totals row), then a
	 * sheet per status with its tasks; Vietnamese headers, the header row frozen, filters
	 * on, days as dates.
	 */
	public void xlsx(LocalDate asOf, String jurisdiction, String agency, OutputStream out) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Styles styles = new Styles(workbook);
			summarySheet(workbook, styles, asOf, jurisdiction, agency);
			Map<TaskStatus, SXSSFSheet> sheets = new EnumMap<>(TaskStatus.class);
			Map<TaskStatus, int[]> rows = new EnumMap<>(TaskStatus.class);
			for (StatusVocabulary.Entry entry : StatusVocabulary.all()) {
				SXSSFSheet sheet = workbook.createSheet(entry.name());
				header(sheet, styles, TASK_COLUMNS);
				int[] widths = { 6, 16, 70, 20, 34, 30, 40, 18, 13, 16, 22, 13, 14, 22, 30, 30, 7, 7, 24 };
				for (int i = 0; i < widths.length; i++) {
					sheet.setColumnWidth(i, widths[i] * 256);
				}
				sheets.put(entry.status(), sheet);
				rows.put(entry.status(), new int[] { 0 });
			}
			this.tasks.stream(new TaskRows.Filter(asOf, null, agency, null, jurisdiction, null, null), (task) -> {
				SXSSFSheet sheet = sheets.get(task.status());
				int[] n = rows.get(task.status());
				n[0]++;
				Row row = sheet.createRow(n[0]);
				List<Object> cells = cells(n[0], task);
				for (int i = 0; i < cells.size(); i++) {
					set(row.createCell(i), cells.get(i), styles);
				}
			});
			for (Map.Entry<TaskStatus, SXSSFSheet> e : sheets.entrySet()) {
				e.getValue()
					.setAutoFilter(
							new CellRangeAddress(0, Math.max(1, rows.get(e.getKey())[0]), 0, TASK_COLUMNS.size() - 1));
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void summarySheet(SXSSFWorkbook workbook, Styles styles, LocalDate asOf, String jurisdiction,
			String agency) {
		SXSSFSheet sheet = workbook.createSheet("Tổng hợp");
		List<String> columns = new ArrayList<>(List.of("Cơ quan chủ trì"));
		StatusVocabulary.all().forEach((e) -> columns.add(e.name()));
		columns.add("Tổng");
		header(sheet, styles, columns);
		sheet.setColumnWidth(0, 50 * 256);
		for (int i = 1; i < columns.size(); i++) {
			sheet.setColumnWidth(i, 14 * 256);
		}
		List<Summary> summaries = summaries(asOf, jurisdiction, agency);
		int r = 0;
		long[] totals = new long[columns.size() - 1];
		for (Summary s : summaries) {
			Row row = sheet.createRow(++r);
			set(row.createCell(0), s.agency(), styles);
			for (int i = 0; i < s.counts().length; i++) {
				set(row.createCell(i + 1), s.counts()[i], styles);
				totals[i] += s.counts()[i];
			}
		}
		Row total = sheet.createRow(++r);
		set(total.createCell(0), "Tổng cộng", styles);
		total.getCell(0).setCellStyle(styles.bold);
		for (int i = 0; i < totals.length; i++) {
			Cell cell = total.createCell(i + 1);
			cell.setCellValue(totals[i]);
			cell.setCellStyle(styles.bold);
		}
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, columns.size() - 1));
		Row note = sheet.createRow(r + 2);
		set(note.createCell(0), "Tính đến ngày " + asOf.format(VI)
				+ ((jurisdiction != null) ? "; địa bàn: " + jurisdiction : "; mọi địa bàn")
				+ ". Mỗi nhiệm vụ tính cho cơ quan chủ trì ghi trong văn bản giao; nhiệm vụ không ghi cơ quan chủ trì "
				+ "ở dòng \"(không ghi cơ quan chủ trì)\".", styles);
	}

	/**
	 * One agency's line of the summary: its name, then a count per status, then the
	 * total.
	 */
	record Summary(String agency, String agencyId, long[] counts) {
	}

	/** The summary lines of a report, as the page shows them (OverdueCounts). */
	List<Summary> summaries(LocalDate asOf, String jurisdiction, String agency) {
		List<Summary> summaries = new ArrayList<>();
		for (OverdueCounts.AgencyCounts c : this.counts.report(asOf, jurisdiction)) {
			String id = (c.agency() != null) ? c.agency().id() : null;
			if (agency != null && !agency.equals(id)) {
				continue;
			}
			Map<TaskStatus, Long> by = new LinkedHashMap<>();
			by.put(TaskStatus.OVERDUE, c.overdue());
			by.put(TaskStatus.DONE_LATE, c.doneLate());
			by.put(TaskStatus.DONE_ON_TIME, c.doneOnTime());
			by.put(TaskStatus.PENDING, c.pending());
			by.put(TaskStatus.OPEN, c.open());
			by.put(TaskStatus.UNDATED, c.undated());
			List<StatusVocabulary.Entry> order = StatusVocabulary.all();
			long[] counts = new long[order.size() + 1];
			for (int i = 0; i < order.size(); i++) {
				counts[i] = by.getOrDefault(order.get(i).status(), 0L);
				counts[order.size()] += counts[i];
			}
			String name = (c.agency() != null) ? c.agency().name() : "(không ghi cơ quan chủ trì)";
			if (c.responsible() != null) {
				name += " (nay: " + c.responsible().name() + ")";
			}
			summaries.add(new Summary(name, id, counts));
		}
		return summaries;
	}

	/**
	 * A task as the cells of a row: numbers as numbers, days as {@link LocalDate}, the
	 * rest as text.
	 */
	static List<Object> cells(long n, TaskRow t) {
		List<Object> cells = new ArrayList<>();
		cells.add(n);
		cells.add(StatusVocabulary.of(t.status()).name());
		cells.add(t.title());
		cells.add(t.section());
		cells.add((t.lead() != null) ? t.lead().name() : "(không ghi)");
		cells.add((t.responsible() != null) ? t.responsible().name() : null);
		cells.add(t.coordinating().stream().map(TaskRow.Agency::name).collect(Collectors.joining("; ")));
		cells.add(t.document().named());
		cells.add(day(t.document().issuedOn()));
		cells.add(t.jurisdiction());
		cells.add(due(t.due()));
		cells.add(day(t.deadline()));
		cells.add(day(t.completedOn()));
		cells.add((t.fulfilledBy() != null) ? t.fulfilledBy().named() : null);
		cells.add(t.evidence());
		TaskRow.Reading reading = t.readings().isEmpty() ? null : t.readings().get(0);
		cells.add((reading != null) ? reading.file() : t.source());
		cells.add((reading != null) ? reading.page() : null);
		cells.add((reading != null) ? reading.line() : t.line());
		cells.add(t.id());
		return cells;
	}

	/** The deadline as the document gives it, in Vietnamese ("quý IV/2026"). */
	static String due(TaskRow.Due due) {
		if (due == null) {
			return null;
		}
		if (due.day() != null) {
			return LocalDate.parse(due.day()).format(VI);
		}
		if (due.quarter() != null) {
			return "quý " + List.of("I", "II", "III", "IV").get(due.quarter().intValue() - 1) + "/" + due.year();
		}
		if (due.month() != null) {
			return "tháng " + due.month() + "/" + due.year();
		}
		return "năm " + due.year();
	}

	/** A full day as a date; a month or a year as written (text). */
	private static Object day(String iso) {
		if (iso == null) {
			return null;
		}
		return (iso.length() == 10) ? LocalDate.parse(iso) : iso;
	}

	private static String text(Object cell) {
		return (cell == null) ? "" : cell.toString();
	}

	private static void header(SXSSFSheet sheet, Styles styles, List<String> columns) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(columns.get(i));
			cell.setCellStyle(styles.header);
		}
		sheet.createFreezePane(0, 1);
	}

	private static void set(Cell cell, Object value, Styles styles) {
		if (value == null) {
			return;
		}
		if (value instanceof LocalDate day) {
			cell.setCellValue(day);
			cell.setCellStyle(styles.date);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
			cell.setCellStyle(styles.wrap);
		}
	}

	/** The few styles of a workbook (a workbook holds at most 64,000). */
	private static final class Styles {

		final CellStyle header;

		final CellStyle date;

		final CellStyle wrap;

		final CellStyle bold;

		Styles(SXSSFWorkbook workbook) {
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(boldFont);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.header.setBorderBottom(BorderStyle.THIN);
			this.header.setWrapText(true);
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			this.wrap = workbook.createCellStyle();
			this.wrap.setWrapText(false);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(boldFont);
		}

	}

}
