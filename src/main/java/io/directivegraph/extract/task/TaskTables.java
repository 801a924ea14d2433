package io.directivegraph.extract.task;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.directivegraph.extract.model.Extraction.Due;
import io.directivegraph.extract.model.Extraction.Task;
import io.directivegraph.extract.agency.AgencyResolver;
import io.directivegraph.extract.agency.AgencyResolver.Match;
import io.directivegraph.extract.citation.DocumentKinds;
import io.directivegraph.extract.structure.Outline;
import io.directivegraph.extract.structure.Part;
import io.directivegraph.extract.text.Folding;
import io.directivegraph.extract.text.SourceText;

/**
 * Stage: task tables ("Phụ lục: Danh mục nhiệm vụ"). Reads the lines of a part; finds
 * tables written as Markdown ({@code | ... |}), tab-separated, or aligned with runs of
 * spaces; decides from the header which column is the task, the lead, the coordinators,
 * the product and the deadline ("Cơ quan chủ trì", "Đơn vị phối hợp", "Sản phẩm đầu ra",
 * "Thời gian hoàn thành", "Mốc hoàn thành" ...), and adds one task per row. A row whose
 * number cell is empty continues the row above (cells broken over lines). A lead not in
 * the gazetteer is kept as written and flagged.
 */
public final class TaskTables {

	private enum Column {

		NUMBER, TITLE, LEAD, COORDINATING, OUTPUT, DEADLINE, OTHER

	}

	/** Two cell separators "a | b | c" in a line: a table row without outer pipes. */
	private static final Pattern PIPED = Pattern.compile("\\S\\s*\\|.*\\|");

	private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\s*\\|?\\s*:?-{2,}.*");

	private final AgencyResolver agencies;

	private final DocumentKinds kinds;

	private final AgencyNames names;

	public TaskTables(AgencyResolver agencies, DocumentKinds kinds,
			io.directivegraph.extract.citation.Provinces provinces) {
		this.agencies = agencies;
		this.kinds = kinds;
		this.names = new AgencyNames(provinces);
	}

	/**
	 * Tasks of every table in the part; the lines the tables occupy are set in
	 * {@code tableLines}.
	 */
	public List<Task> find(SourceText source, Part part, Outline outline, BitSet tableLines, String jurisdiction) {
		boolean national = io.directivegraph.extract.structure.HeaderReader.NATIONAL.equals(jurisdiction);
		List<Task> tasks = new ArrayList<>();
		int line = part.firstLine();
		while (line <= part.lastLine()) {
			String text = lineText(source, line);
			List<String> header = cells(text);
			Column[] columns = (header.size() >= 3) ? columns(header) : null;
			if (columns == null || !has(columns, Column.TITLE)
					|| !has(columns, Column.LEAD) && !has(columns, Column.DEADLINE)) {
				line++;
				continue;
			}
			int headerLine = line;
			line++;
			List<Row> rows = new ArrayList<>();
			while (line <= part.lastLine()) {
				String rowText = lineText(source, line);
				if (rowText.isBlank()) {
					// A blank line ends a Markdown table; aligned text tables may be
					// double-spaced.
					if (line + 1 <= part.lastLine() && !cells(lineText(source, line + 1)).isEmpty()
							&& cells(lineText(source, line + 1)).size() >= 2 && !header.isEmpty()
							&& !text.strip().startsWith("|")) {
						line++;
						continue;
					}
					break;
				}
				if (SEPARATOR_ROW.matcher(rowText).matches()) {
					line++;
					continue;
				}
				List<String> cells = cells(rowText);
				if (cells.size() < 2) {
					break;
				}
				String number = valueOf(cells, columns, Column.NUMBER);
				if (!rows.isEmpty() && (number == null || number.isBlank()) && has(columns, Column.NUMBER)) {
					rows.get(rows.size() - 1).append(cells, columns);
					rows.get(rows.size() - 1).lastLine = line;
				}
				else {
					rows.add(new Row(line, cells, columns));
				}
				line++;
			}
			for (int l = headerLine; l < line; l++) {
				tableLines.set(l);
			}
			for (Row row : rows) {
				tasks.addAll(tasks(row, outline, source.scanned(), national));
			}
		}
		return tasks;
	}

	/** The lead a cell names, as resolved or kept as written. */
	private record CellLead(String name, boolean known, String jurisdiction) {
	}

	/**
	 * The leads a lead cell names: one per name separated by ";" ("Sở NN&MT; Bộ Chỉ huy
	 * BĐBP tỉnh"); a name the gazetteer knows only in part ("UBND đặc khu Cát Hải": a
	 * unit of its own) is kept as written, its body's abbreviation spelt out.
	 */
	private List<CellLead> leads(String cell, boolean ocr, boolean national) {
		List<CellLead> leads = new ArrayList<>();
		for (String piece : cell.split(";")) {
			if (piece.isBlank()) {
				continue;
			}
			List<String> words = AgencyResolver.words(Folding.fold(piece));
			Optional<Match> match = this.agencies.prefix(words, ocr);
			int[] consumed = new int[1];
			String province = match.isPresent() ? this.names.provinceAt(words, match.get().words(), consumed) : null;
			if (match.isPresent() && match.get().words() + consumed[0] == words.size()) {
				// "Ủy ban nhân dân thành phố Hà Nội": the province after the name is the
				// lead's.
				AgencyNames.Lead named = this.names.lead(match.get().agency(), province, national);
				leads.add(new CellLead(named.name(), named.known(), named.jurisdiction()));
			}
			else {
				String written = piece.strip()
					.replaceAll("\\s+", " ")
					// "Văn phòng HĐND và UBND xã": the abbreviations written out wherever
					// they stand, as every name is shown.
					.replaceAll("(?<!\\p{L})UBND(?!\\p{L})", "Ủy ban nhân dân")
					.replaceAll("(?<!\\p{L})HĐND(?!\\p{L})", "Hội đồng nhân dân");
				leads.add(new CellLead(written, false, null));
			}
		}
		return leads;
	}

	private List<Task> tasks(Row row, Outline outline, boolean ocr, boolean national) {
		String title = row.get(Column.TITLE);
		String number = row.get(Column.NUMBER);
		boolean section = number != null && number.strip().matches("[IVX]{1,4}\\.?")
				&& (row.get(Column.LEAD) == null || row.get(Column.LEAD).isBlank());
		if (title == null || title.isBlank() || section || TaskFinder.isHeading(title)) {
			// "I | HOÀN THIỆN THỂ CHẾ | | |": a section row of the table.
			return List.of();
		}
		String leadCell = row.get(Column.LEAD);
		List<CellLead> leads = (leadCell != null && !leadCell.isBlank()) ? leads(leadCell, ocr, national)
				: List.of(new CellLead(null, true, null));
		List<String> coordinating = new ArrayList<>();
		String coordinatingCell = row.get(Column.COORDINATING);
		if (coordinatingCell != null) {
			for (String piece : coordinatingCell.split("[,;]|\\s+và\\s+")) {
				if (piece.isBlank()) {
					continue;
				}
				Optional<Match> match = this.agencies.prefix(AgencyResolver.words(Folding.fold(piece)), ocr);
				coordinating.add(match.map((m) -> m.agency().name()).orElse(piece.strip()));
			}
		}
		String deadlineCell = row.get(Column.DEADLINE);
		String foldedDeadline = (deadlineCell != null) ? Folding.fold(deadlineCell) : "";
		Due due = Deadlines.due(normaliseShortForms(foldedDeadline));
		String recurrence = Deadlines.recurrence(foldedDeadline);
		String output = kindOf(row.get(Column.OUTPUT));
		if (output == null) {
			output = kindOf(title);
		}
		List<Task> tasks = new ArrayList<>();
		for (CellLead lead : leads) {
			tasks.add(new Task(title.strip(), lead.name(), lead.known(), lead.jurisdiction(), coordinating, due,
					recurrence, output, outline.path(row.line()), row.line())
				.through(row.lastLine()));
		}
		return tasks;
	}

	/** "Năm 2026", "2026 - 2028", "Giai đoạn 2026 - 2030" in a deadline cell. */
	private static final java.util.regex.Pattern YEARS_CELL = java.util.regex.Pattern
		.compile("(?:nam|giai\\s+doan|trong\\s+nam)?\\s*(20\\d{2})(?:\\s*[-–—]\\s*(20\\d{2}))?\\s*[.;]?");

	/**
	 * "Quý III/2026", "6/2026", "15/3/2026" in a deadline cell: the period words are
	 * implied.
	 */
	private static String normaliseShortForms(String folded) {
		String s = folded.strip();
		if (s.matches("\\d{1,2}\\s*/\\s*20\\d{2}")) {
			return "thang " + s;
		}
		if (s.matches("\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*20\\d{2}")) {
			return "ngay " + s;
		}
		if (s.matches("20\\d{2}")) {
			return "trong nam " + s;
		}
		// "Năm 2026", "2026 - 2028", "Giai đoạn 2026 - 2030": the end of the last year.
		java.util.regex.Matcher years = YEARS_CELL.matcher(s);
		if (years.matches()) {
			return "trong nam " + ((years.group(2) != null) ? years.group(2) : years.group(1));
		}
		return s;
	}

	private String kindOf(String text) {
		if (text == null) {
			return null;
		}
		String words = Folding.fold(text).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
		String[] tokens = words.split(" ");
		for (int start = 0; start < Math.min(tokens.length, 3); start++) {
			for (int n = 4; n >= 2; n--) {
				if (start + n <= tokens.length) {
					DocumentKinds.Kind kind = this.kinds
						.byWord(String.join(" ", java.util.Arrays.copyOfRange(tokens, start, start + n)));
					if (kind != null) {
						return kind.value();
					}
				}
			}
		}
		return null;
	}

	private static String lineText(SourceText source, int line) {
		return source.plain().substring(source.lineStart(line), source.lineEnd(line));
	}

	/** Cells of a table line: Markdown pipes, tabs, or runs of three or more spaces. */
	static List<String> cells(String line) {
		String s = line.strip();
		List<String> cells = new ArrayList<>();
		if (s.startsWith("|")) {
			String inner = s.substring(1, s.endsWith("|") && s.length() > 1 ? s.length() - 1 : s.length());
			for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
				cells.add(cell.strip());
			}
			return cells;
		}
		if (PIPED.matcher(s).find()) {
			// "STT | Nhiệm vụ | Đơn vị chủ trì | …": a table converted from HTML or a
			// spreadsheet without Markdown's outer pipes.
			for (String cell : s.split("(?<!\\\\)\\|", -1)) {
				cells.add(cell.strip());
			}
			return cells;
		}
		boolean tabs = line.contains("\t");
		if (!tabs && !hasSpaceRun(s)) {
			// Most lines: no cell separator at all.
			return cells;
		}
		String[] parts = tabs ? line.split("\t") : line.strip().split("\\s{3,}");
		if (parts.length >= 2) {
			for (String part : parts) {
				cells.add(part.strip());
			}
		}
		return cells;
	}

	/** Whether the text holds three whitespace characters ({@code \\s}) in a row. */
	private static boolean hasSpaceRun(String s) {
		int run = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
				if (++run == 3) {
					return true;
				}
			}
			else {
				run = 0;
			}
		}
		return false;
	}

	private static Column[] columns(List<String> header) {
		Column[] columns = new Column[header.size()];
		int recognised = 0;
		for (int i = 0; i < header.size(); i++) {
			String h = Folding.fold(header.get(i)).replaceAll("\\s+", " ").strip();
			Column c;
			if (h.contains("phoi hop")) {
				c = Column.COORDINATING;
			}
			else if (h.contains("chu tri") || h.contains("chiu trach nhiem") || h.contains("don vi thuc hien")
					|| h.contains("co quan thuc hien")) {
				c = Column.LEAD;
			}
			else if (h.contains("san pham") || h.contains("hinh thuc van ban")) {
				c = Column.OUTPUT;
			}
			else if (h.contains("thoi gian") || h.contains("moc") || h.contains("thoi han") || h.contains("hoan thanh")
					|| h.contains("tien do")) {
				c = Column.DEADLINE;
			}
			else if (h.matches("(?:s\\.?\\s?)?tt|so tt|stt|so thu tu")) {
				c = Column.NUMBER;
			}
			else if (h.contains("noi dung") || h.contains("nhiem vu") || h.contains("cong viec")
					|| h.contains("ten de an") || h.contains("ten van ban")) {
				c = Column.TITLE;
			}
			else {
				c = Column.OTHER;
			}
			if (c != Column.OTHER) {
				recognised++;
			}
			columns[i] = c;
		}
		return (recognised >= 3) ? columns : null;
	}

	private static boolean has(Column[] columns, Column wanted) {
		for (Column c : columns) {
			if (c == wanted) {
				return true;
			}
		}
		return false;
	}

	private static String valueOf(List<String> cells, Column[] columns, Column wanted) {
		for (int i = 0; i < columns.length && i < cells.size(); i++) {
			if (columns[i] == wanted) {
				return cells.get(i);
			}
		}
		return null;
	}

	private static final class Row {

		private final int line;

		/** The last line of the row: a cell's text may run on over the lines after it. */
		private int lastLine;

		private final String[] values = new String[Column.values().length];

		Row(int line, List<String> cells, Column[] columns) {
			this.line = line;
			this.lastLine = line;
			append(cells, columns);
		}

		void append(List<String> cells, Column[] columns) {
			for (int i = 0; i < columns.length && i < cells.size(); i++) {
				String cell = cells.get(i);
				if (cell.isBlank() || columns[i] == Column.OTHER) {
					continue;
				}
				int k = columns[i].ordinal();
				this.values[k] = (this.values[k] == null) ? cell : this.values[k] + " " + cell;
			}
		}

		int line() {
			return this.line;
		}

		int lastLine() {
			return this.lastLine;
		}

		String get(Column column) {
			return this.values[column.ordinal()];
		}

	}

}
