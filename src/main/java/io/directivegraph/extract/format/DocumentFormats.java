package io.directivegraph.extract.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.tika.Tika;

import io.directivegraph.extract.text.UndecodableTextException;

/**
 * Documents as people have them: what a file is, decided by its content (Apache Tika's
 * detector, then the parts of a zip or an OLE2 file), never by its name; and its text
 * when it is a PDF with a text layer (Apache PDFBox), a Word file (.docx by Apache POI
 * XWPF, .doc by POI HWPF). Anything else is refused with a reason in Vietnamese and
 * English, naming what was found.
 *
 * <p>
 * The text keeps what the extraction reads: a PDF's pages in reading order with running
 * headers, footers and page numbers dropped and words hyphenated across lines joined; a
 * Word file's paragraphs with their list numbers ("1.", "a)") written out, its tables as
 * Markdown rows (the task tables of "Phụ lục: Danh mục nhiệm vụ" are read as tables), its
 * footnotes at the end. The first line of each page is kept, so that a fact's line gives
 * its page.
 */
public final class DocumentFormats {

	/** What a file was read as. */
	public enum Format {

		/** Text (plain, Markdown, a web page): decoded by TextDecoder. */
		TEXT,
		/** A PDF's text layer. */
		PDF,
		/** A scanned PDF (no text layer on some or all pages), read by OCR. */
		SCAN,
		/** A Word 2007+ document. */
		DOCX,
		/** A Word 97–2003 document. */
		DOC

	}

	/**
	 * A file read as text.
	 *
	 * @param text null for {@link Format#TEXT} (the caller decodes the bytes)
	 * @param pages the line (1-based) each page starts on; empty when the format has no
	 * pages
	 * @param ocrPages the pages (1-based) read by OCR, not from a text layer
	 * @param warnings what a reader should know (pages left unread)
	 */
	public record Read(Format format, String mediaType, String text, List<Integer> pages, List<Integer> ocrPages,
			List<String> warnings) {

		Read(Format format, String mediaType, String text, List<Integer> pages) {
			this(format, mediaType, text, pages, List.of(), List.of());
		}

	}

	private static final Tika TIKA = new Tika();

	/** Media types refused outright: surely not a document's text. */
	private static final List<String> BINARY = List.of("image/", "audio/", "video/", "application/gzip",
			"application/x-gzip", "application/x-bzip2", "application/x-7z-compressed", "application/x-rar",
			"application/vnd.rar", "application/x-tar", "application/x-executable", "application/x-sharedlib",
			"application/x-msdownload", "application/x-dosexec", "application/java-vm", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml", "application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.presentationml");

	private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** Below this many letters per page a PDF has no usable text layer (a scan). */
	private static final int LETTERS_PER_PAGE = 40;

	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"^\\s*(?:[-–—]\\s*)?(?:(?:trang|page)\\s+)?\\d{1,4}(?:\\s*/\\s*\\d{1,4})?(?:\\s*[-–—])?\\s*$",
			Pattern.CASE_INSENSITIVE);

	private DocumentFormats() {
	}

	/**
	 * Reads a file. {@link Format#TEXT} is answered without text: plain text is decoded
	 * by the caller, which knows its encodings.
	 * @throws UndecodableTextException when the file is of a kind that cannot be read (an
	 * image, a spreadsheet, a zip, an encrypted or scanned PDF, a corrupt file)
	 */
	public static Read read(byte[] bytes) {
		return read(bytes, "", null);
	}

	/**
	 * Reads a file, a scanned PDF's pages by OCR when {@code ocr} is given and ready.
	 * @param name the file's name, for the progress lines of OCR
	 * @param ocr null to refuse scans
	 * @throws UndecodableTextException as {@link #read(byte[])}
	 */
	public static Read read(byte[] bytes, String name, Ocr ocr) {
		String type = TIKA.detect(bytes);
		if (type.equals("application/pdf")) {
			return pdf(bytes, name, ocr);
		}
		if (type.equals("application/zip") || type.equals("application/x-tika-ooxml") || type.equals(DOCX_TYPE)) {
			return zip(bytes, type);
		}
		if (type.equals("application/x-tika-msoffice") || type.equals("application/msword")) {
			return doc(bytes);
		}
		if (BINARY.stream().anyMatch(type::startsWith)) {
			throw refused(type, describe(type));
		}
		// Text, or bytes whose magic names nothing this reads (a text can begin like an
		// odd format's signature): TextDecoder decides, and refuses what is not text.
		return new Read(Format.TEXT, type, null, List.of());
	}

	private static String describe(String type) {
		if (type.startsWith("image/")) {
			return "một ảnh, không phải văn bản: hãy gửi bản PDF hoặc Word (an image: send the PDF or Word file)";
		}
		if (type.contains("spreadsheet") || type.contains("excel")) {
			return "một bảng tính (a spreadsheet): hãy gửi văn bản giao nhiệm vụ, không phải bảng tính";
		}
		return "không phải văn bản đọc được (not a readable document)";
	}

	private static UndecodableTextException refused(String type, String reason) {
		return new UndecodableTextException("tệp " + type + ": " + reason);
	}

	// ---------- PDF ----------

	private static Read pdf(byte[] bytes, String name, Ocr ocr) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new CellStripper();
			stripper.setSortByPosition(true);
			stripper.setAddMoreFormatting(false);
			int count = document.getNumberOfPages();
			if (count == 0) {
				throw refused("application/pdf", "PDF không có trang nào (a PDF without pages)");
			}
			List<List<String>> pages = new ArrayList<>();
			List<Integer> unread = new ArrayList<>();
			int letters = 0;
			for (int page = 1; page <= count; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(document);
				int onPage = (int) text.chars().filter(Character::isLetter).count();
				letters += onPage;
				pages.add(new ArrayList<>(text.lines().map(DocumentFormats::stripEnd).toList()));
				// A page of an image (a scan) or of nothing readable (text drawn as
				// outlines): OCR's. A page whose text layer has a few words beside
				// a picture (a signature page) keeps its words.
				if (onPage < LETTERS_PER_PAGE && (onPage == 0 || hasImage(document.getPage(page - 1)))) {
					unread.add(page);
				}
			}
			boolean scan = letters < LETTERS_PER_PAGE * count;
			List<String> warnings = new ArrayList<>();
			List<Integer> ocrPages = List.of();
			if (!unread.isEmpty()) {
				if (ocr != null && ocr.status() == Ocr.Status.READY) {
					List<String> texts = ocr.read(document, io.directivegraph.extract.text.Sha256.hex(bytes), unread,
							name, Ocr.Progress.NONE);
					for (int i = 0; i < unread.size(); i++) {
						pages.set(unread.get(i) - 1,
								new ArrayList<>(texts.get(i).lines().map(DocumentFormats::stripEnd).toList()));
					}
					ocrPages = List.copyOf(unread);
				}
				else if (scan) {
					throw new UndecodableTextException(
							"tệp application/pdf: " + ((ocr != null) ? ocr.missing() : Ocr.MISSING));
				}
				else if (unread.size() < count) {
					warnings.add("trang " + unread + " là ảnh quét, chưa đọc được (pages " + unread
							+ " are scanned images and were not read: install tesseract-ocr and tesseract-ocr-vie)");
				}
			}
			dropRunningLines(pages);
			Read read = joined(ocrPages.isEmpty() ? Format.PDF : Format.SCAN, "application/pdf", pages);
			return new Read(read.format(), read.mediaType(), read.text(), read.pages(), ocrPages,
					List.copyOf(warnings));
		}
		catch (InvalidPasswordException ex) {
			throw refused("application/pdf", "PDF có mật khẩu, không đọc được; hãy gửi bản không khóa (an encrypted "
					+ "PDF: send a copy without a password)");
		}
		catch (IOException ex) {
			throw refused("application/pdf", "PDF hỏng, không đọc được (a corrupt PDF: " + ex.getMessage() + ")");
		}
	}

	/** Whether a page draws an image, itself or in a form it draws. */
	private static boolean hasImage(org.apache.pdfbox.pdmodel.PDPage page) {
		return hasImage(page.getResources(), 0);
	}

	private static boolean hasImage(org.apache.pdfbox.pdmodel.PDResources resources, int depth) {
		if (resources == null || depth > 3) {
			return false;
		}
		for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
			try {
				if (resources.isImageXObject(name)) {
					return true;
				}
				if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
						&& hasImage(form.getResources(), depth + 1)) {
					return true;
				}
			}
			catch (IOException ex) {
				// An unreadable object is no image to read.
			}
		}
		return false;
	}

	/**
	 * A text stripper that writes a wide gap between two words of a line as a tab: the
	 * cells of a table row stay apart, as the task table reader wants them (a
	 * tab-separated row), where a plain stripper would run them together with one space.
	 */
	private static final class CellStripper extends PDFTextStripper {

		private boolean separatorPending;

		private float lastEnd = Float.NaN;

		private float lastSpace = 3f;

		CellStripper() {
			setSortByPosition(true);
		}

		@Override
		protected void writeWordSeparator() {
			this.separatorPending = true;
		}

		@Override
		protected void writeLineSeparator() throws IOException {
			this.separatorPending = false;
			this.lastEnd = Float.NaN;
			super.writeLineSeparator();
		}

		@Override
		protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
				throws IOException {
			if (this.separatorPending) {
				float gap = positions.isEmpty() || Float.isNaN(this.lastEnd) ? 0
						: positions.get(0).getXDirAdj() - this.lastEnd;
				// Several spaces wide: another cell.
				super.writeString((gap > 2.5f * this.lastSpace) ? "\t" : getWordSeparator());
				this.separatorPending = false;
			}
			super.writeString(text, positions);
			if (!positions.isEmpty()) {
				org.apache.pdfbox.text.TextPosition last = positions.get(positions.size() - 1);
				this.lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
				float space = last.getWidthOfSpace();
				this.lastSpace = (space > 0 && !Float.isNaN(space)) ? space : last.getFontSizeInPt() * 0.3f;
			}
		}

	}

	/**
	 * Drops running headers and footers (the same line, digits aside, at the top or
	 * bottom of most pages) and page numbers standing alone at the top or bottom.
	 */
	private static void dropRunningLines(List<List<String>> pages) {
		Map<String, Integer> edges = new HashMap<>();
		for (List<String> page : pages) {
			for (String line : edgeLines(page)) {
				edges.merge(runningKey(line), 1, Integer::sum);
			}
		}
		int enough = Math.max(3, (pages.size() + 1) / 2);
		for (List<String> page : pages) {
			for (int end = 0; end < 2; end++) {
				// Top, then bottom: up to two lines at each edge.
				for (int n = 0; n < 2 && !page.isEmpty(); n++) {
					int index = (end == 0) ? firstNonBlank(page) : lastNonBlank(page);
					if (index < 0) {
						break;
					}
					String line = page.get(index);
					boolean running = pages.size() >= 3 && edges.getOrDefault(runningKey(line), 0) >= enough;
					if (running || PAGE_NUMBER.matcher(line).matches()) {
						page.remove(index);
					}
					else {
						break;
					}
				}
			}
		}
	}

	private static List<String> edgeLines(List<String> page) {
		List<String> edge = new ArrayList<>();
		int first = firstNonBlank(page);
		int last = lastNonBlank(page);
		if (first >= 0) {
			edge.add(page.get(first));
			if (first + 1 < page.size()) {
				edge.add(page.get(first + 1));
			}
		}
		if (last > first + 1) {
			edge.add(page.get(last));
			if (last - 1 > first + 1) {
				edge.add(page.get(last - 1));
			}
		}
		return edge;
	}

	/**
	 * A line as running lines are compared: folded (a scan's pages misread a mark here
	 * and there), digits as one sign, only letters and digits kept.
	 */
	private static String runningKey(String line) {
		String key = io.directivegraph.extract.text.Folding.fold(line.strip().toLowerCase(Locale.ROOT))
			.replaceAll("\\d+", "#")
			.replaceAll("[^\\p{L}#]+", " ")
			.strip();
		// A line of signs alone ("---", "***") is itself: never one with another.
		return key.replace("#", "").isBlank() ? line.strip() : key;
	}

	private static int firstNonBlank(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				return i;
			}
		}
		return -1;
	}

	private static int lastNonBlank(List<String> lines) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (!lines.get(i).isBlank()) {
				return i;
			}
		}
		return -1;
	}

	private static String stripEnd(String line) {
		return line.stripTrailing();
	}

	/**
	 * The pages as one text, a word hyphenated across a line end joined ("chuyển đổi số
	 * hoá-\nnhanh" stays: only a letter, a hyphen, then a lower-case letter).
	 */
	private static Read joined(Format format, String type, List<List<String>> pages) {
		StringBuilder text = new StringBuilder();
		List<Integer> starts = new ArrayList<>();
		int line = 1;
		for (List<String> page : pages) {
			starts.add(line);
			for (int i = 0; i < page.size(); i++) {
				String current = page.get(i);
				if (i + 1 < page.size() && current.matches(".*\\p{L}-") && !page.get(i + 1).isEmpty()
						&& Character.isLowerCase(page.get(i + 1).stripLeading().codePointAt(0))) {
					// The hyphen and the line break go; the next line joins this one
					// (one line fewer: the lines after keep their page).
					page.set(i + 1, current.substring(0, current.length() - 1) + page.get(i + 1).stripLeading());
					continue;
				}
				text.append(current).append('\n');
				line++;
			}
		}
		return new Read(format, type, text.toString(), List.copyOf(starts));
	}

	// ---------- Word ----------

	private static Read zip(byte[] bytes, String type) {
		boolean word = false;
		boolean sheet = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				word |= entry.getName().equals("word/document.xml");
				sheet |= entry.getName().startsWith("xl/");
			}
		}
		catch (IOException ex) {
			throw refused(type, "tệp nén hỏng (a corrupt zip file: " + ex.getMessage() + ")");
		}
		if (sheet) {
			throw refused(type, describe("spreadsheet"));
		}
		if (!word) {
			throw refused(type, "một tệp nén (.zip), không phải văn bản: hãy giải nén và gửi từng văn bản (a zip "
					+ "archive: unpack it and send each document)");
		}
		return docx(bytes);
	}

	private static Read docx(byte[] bytes) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<String> lines = new ArrayList<>();
			Numbering numbering = new Numbering();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					String text = paragraph.getText().replace('\u00a0', ' ');
					String label = numbering.label(paragraph);
					if (text.isBlank() && label == null) {
						lines.add("");
						continue;
					}
					lines.add(((label != null) ? label + " " : "") + text.strip());
				}
				else if (element instanceof XWPFTable table) {
					lines.add("");
					lines.addAll(table(table));
					lines.add("");
				}
			}
			List<XWPFFootnote> footnotes = document.getFootnotes();
			int n = 0;
			for (XWPFFootnote footnote : footnotes) {
				StringBuilder note = new StringBuilder();
				for (XWPFParagraph p : footnote.getParagraphs()) {
					note.append(p.getText().strip()).append(' ');
				}
				if (!note.toString().isBlank()) {
					if (n++ == 0) {
						lines.add("");
					}
					lines.add("[" + n + "] " + note.toString().strip());
				}
			}
			return new Read(Format.DOCX, DOCX_TYPE, String.join("\n", lines) + "\n", List.of());
		}
		catch (IOException | RuntimeException ex) {
			throw refused(DOCX_TYPE, "tệp Word hỏng, không đọc được (a corrupt Word file: " + ex.getMessage() + ")");
		}
	}

	/** A Word table as Markdown rows, a separator after the first (its header). */
	private static List<String> table(XWPFTable table) {
		List<String> rows = new ArrayList<>();
		int columns = 0;
		for (XWPFTableRow row : table.getRows()) {
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				cells.add(
						cell.getText().replace('\u00a0', ' ').replaceAll("\\s*\\R\\s*", " ").replace("|", "/").strip());
			}
			rows.add("| " + String.join(" | ", cells) + " |");
			if (rows.size() == 1) {
				columns = cells.size();
				rows.add("|" + " --- |".repeat(Math.max(1, columns)));
			}
		}
		return rows;
	}

	/**
	 * Word's list numbers written out: a counter per list and level, reset below a level
	 * that advances, formatted as the level says ("%1.", "%2)", letters, roman numerals,
	 * bullets as "-").
	 */
	private static final class Numbering {

		private final Map<String, int[]> counters = new HashMap<>();

		String label(XWPFParagraph paragraph) {
			if (paragraph.getNumID() == null) {
				return null;
			}
			int level = (paragraph.getNumIlvl() != null) ? paragraph.getNumIlvl().intValue() : 0;
			String format = paragraph.getNumFmt();
			String pattern = paragraph.getNumLevelText();
			if ("bullet".equals(format)) {
				return "-";
			}
			int[] count = this.counters.computeIfAbsent(paragraph.getNumID().toString(), (k) -> new int[9]);
			level = Math.max(0, Math.min(8, level));
			count[level]++;
			for (int deeper = level + 1; deeper < count.length; deeper++) {
				count[deeper] = 0;
			}
			if (pattern == null) {
				return format(count[level], format) + ".";
			}
			StringBuilder label = new StringBuilder();
			for (int i = 0; i < pattern.length(); i++) {
				char c = pattern.charAt(i);
				if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
					int which = pattern.charAt(i + 1) - '1';
					int value = (which >= 0 && which < count.length) ? Math.max(1, count[which]) : 1;
					label.append(format(value, (which == level) ? format : "decimal"));
					i++;
				}
				else {
					label.append(c);
				}
			}
			return label.toString().strip();
		}

		private static String format(int n, String format) {
			if (format == null) {
				return String.valueOf(n);
			}
			return switch (format) {
				case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
				case "upperLetter" -> letters(n);
				case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
				case "upperRoman" -> roman(n);
				default -> String.valueOf(n);
			};
		}

		private static String letters(int n) {
			StringBuilder s = new StringBuilder();
			for (int k = n; k > 0; k = (k - 1) / 26) {
				s.insert(0, (char) ('A' + (k - 1) % 26));
			}
			return s.toString();
		}

		private static String roman(int n) {
			String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
			int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
			StringBuilder s = new StringBuilder();
			int rest = n;
			for (int i = 0; i < values.length; i++) {
				while (rest >= values[i]) {
					s.append(symbols[i]);
					rest -= values[i];
				}
			}
			return s.toString();
		}

	}

	// ---------- Word 97–2003 ----------

	private static Read doc(byte[] bytes) {
		try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes));
				WordExtractor extractor = new WordExtractor(document)) {
			List<String> lines = new ArrayList<>();
			for (String paragraph : extractor.getParagraphText()) {
				lines.add(paragraph.replace('\u00a0', ' ').replace('\u0007', ' ').strip());
			}
			return new Read(Format.DOC, "application/msword", String.join("\n", lines) + "\n", List.of());
		}
		catch (IOException | RuntimeException ex) {
			throw refused("application/x-tika-msoffice", "không phải tệp Word đọc được (an Office file that is not "
					+ "a readable Word document, e.g. an Excel 97 sheet: " + ex.getMessage() + ")");
		}
	}

}
