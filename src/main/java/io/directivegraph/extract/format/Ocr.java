package io.directivegraph.extract.format;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.directivegraph.extract.text.UndecodableTextException;

/**
 * Optical character recognition of scanned PDF pages by the {@code tesseract} command
 * (Debian packages {@code tesseract-ocr} and {@code tesseract-ocr-vie}).
 *
 * <p>
 * The command rather than tess4j: tess4j binds a native library of one Tesseract version
 * through JNA and runs it inside the JVM, so a crash on a bad page takes the service down
 * and the version must match the system's; the command works with whatever Tesseract the
 * distribution ships, a page that hangs is killed at its timeout, and nothing native is
 * loaded into the service. The cost, starting a process per page, is a few milliseconds
 * against seconds of recognition.
 *
 * <p>
 * Each page is rendered by PDFBox in grey at {@link Settings#dpi()} and handed to
 * Tesseract on its standard input as a PGM image; the text comes back on its standard
 * output. Pages are recognised {@link Settings#threads()} at a time (each Tesseract
 * limited to one thread, which on a small machine is faster than one Tesseract using all
 * cores), and a progress line is logged per page.
 */
public final class Ocr {

	private static final Logger log = LoggerFactory.getLogger(Ocr.class);

	/**
	 * How Tesseract is run.
	 *
	 * @param command the command (a name on the PATH or a path)
	 * @param languages Tesseract's language models, e.g. {@code vie} or {@code vie+eng}
	 * @param dpi the resolution pages are rendered at
	 * @param pageTimeout a page that takes longer is given up
	 * @param threads pages recognised at once
	 * @param cacheDir where each page's text is kept, by the file's content, its page,
	 * the languages and the resolution (so that extracting again with new rules, or
	 * showing a fact's lines, does not recognise the pages again); null for none
	 */
	public record Settings(String command, String languages, int dpi, Duration pageTimeout, int threads,
			Path cacheDir) {

		/** Settings without a cache. */
		public Settings(String command, String languages, int dpi, Duration pageTimeout, int threads) {
			this(command, languages, dpi, pageTimeout, threads, null);
		}

		/**
		 * {@code tesseract} on the PATH, Vietnamese, 300 dpi, 2 minutes a page, no cache.
		 */
		public static Settings defaults() {
			return new Settings("tesseract", "vie", 300, Duration.ofMinutes(2),
					Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
		}

	}

	/** Whether OCR can run here. */
	public enum Status {

		/** The command answers and has the languages. */
		READY,
		/** No command: tesseract-ocr is not installed. */
		NO_COMMAND,
		/** The command answers but lacks a language model (tesseract-ocr-vie). */
		NO_LANGUAGE

	}

	/** A page recognised: its number (1-based), of how many, and how long it took. */
	@FunctionalInterface
	public interface Progress {

		/** Nothing but the log line. */
		Progress NONE = (page, pages, took) -> {
		};

		void page(int page, int pages, Duration took);

	}

	/** Why a scan cannot be read when no OCR is configured at all. */
	static final String MISSING = "PDF quét, không có lớp chữ; cần nhận dạng ký tự (OCR) bằng Tesseract: cài gói "
			+ "tesseract-ocr và tesseract-ocr-vie (a scanned PDF without a text layer: OCR needs the Debian packages "
			+ "tesseract-ocr and tesseract-ocr-vie)";

	private final Settings settings;

	private volatile Status status;

	public Ocr(Settings settings) {
		this.settings = settings;
	}

	/** Tesseract on the PATH with its Vietnamese model. */
	public static Ocr defaults() {
		return new Ocr(Settings.defaults());
	}

	public Settings settings() {
		return this.settings;
	}

	/**
	 * Whether the command runs and has the languages; asked once ({@code --list-langs})
	 * and remembered, so that an install after start needs a restart.
	 */
	public Status status() {
		Status known = this.status;
		if (known == null) {
			known = probe();
			this.status = known;
		}
		return known;
	}

	private Status probe() {
		try {
			Process process = new ProcessBuilder(this.settings.command(), "--list-langs").redirectErrorStream(true)
				.start();
			String out;
			try (InputStream in = process.getInputStream()) {
				out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return Status.NO_COMMAND;
			}
			List<String> installed = out.lines().map(String::strip).toList();
			for (String language : this.settings.languages().split("\\+")) {
				if (!installed.contains(language)) {
					return Status.NO_LANGUAGE;
				}
			}
			return Status.READY;
		}
		catch (IOException ex) {
			return Status.NO_COMMAND;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Status.NO_COMMAND;
		}
	}

	/** Why a scan cannot be read here, naming what to install (Vietnamese, English). */
	public String missing() {
		return switch (status()) {
			case NO_LANGUAGE -> "PDF quét, không có lớp chữ; Tesseract đã cài nhưng thiếu mô hình tiếng Việt: cài gói "
					+ "tesseract-ocr-vie (a scanned PDF: Tesseract lacks the language model "
					+ this.settings.languages() + ", install the Debian package tesseract-ocr-vie)";
			default -> MISSING;
		};
	}

	/**
	 * The text of the given pages, in their order.
	 * @param pages the pages to read, 1-based
	 * @throws UndecodableTextException when Tesseract fails on a page or takes too long
	 */
	List<String> read(PDDocument document, String sha256, List<Integer> pages, String name, Progress progress) {
		PDFRenderer renderer = new PDFRenderer(document);
		List<Future<String>> results = new ArrayList<>();
		int threads = Math.max(1, this.settings.threads());
		try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().factory())) {
			// A bounded number of rendered pages wait: each is 9 MB at 300 dpi.
			java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(threads * 2);
			for (int i = 0; i < pages.size(); i++) {
				int page = pages.get(i);
				int index = i;
				Path cached = cached(sha256, page);
				if (cached != null && Files.isRegularFile(cached)) {
					String text = Files.readString(cached);
					results.add(java.util.concurrent.CompletableFuture.completedFuture(text));
					progress.page(index + 1, pages.size(), Duration.ZERO);
					log.info("OCR {}: trang {}/{} (đã nhận dạng trước, {})", name, index + 1, pages.size(), cached);
					continue;
				}
				inFlight.acquire();
				BufferedImage image;
				try {
					image = renderer.renderImageWithDPI(page - 1, this.settings.dpi(), ImageType.GRAY);
				}
				catch (IOException | RuntimeException ex) {
					inFlight.release();
					throw new UndecodableTextException(
							"tệp application/pdf: không dựng được trang " + page + " để nhận dạng (page " + page
									+ " could not be rendered for OCR: " + ex.getMessage() + ")");
				}
				results.add(pool.submit(() -> {
					try {
						long start = System.nanoTime();
						String text = recognise(image, page);
						keep(cached, text);
						Duration took = Duration.ofNanos(System.nanoTime() - start);
						progress.page(index + 1, pages.size(), took);
						log.info("OCR {}: trang {}/{} ({} ms)", name, index + 1, pages.size(), took.toMillis());
						return text;
					}
					finally {
						inFlight.release();
					}
				}));
			}
			List<String> texts = new ArrayList<>();
			for (Future<String> result : results) {
				texts.add(result.get());
			}
			return texts;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UndecodableTextException("tệp application/pdf: nhận dạng bị dừng (OCR interrupted)");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof UndecodableTextException refused) {
				throw refused;
			}
			throw new UndecodableTextException(
					"tệp application/pdf: nhận dạng thất bại (OCR failed: " + ex.getCause().getMessage() + ")");
		}
	}

	/** Where a page's text is kept, or null without a cache. */
	private Path cached(String sha256, int page) {
		if (this.settings.cacheDir() == null || sha256 == null) {
			return null;
		}
		return this.settings.cacheDir()
			.resolve(sha256 + "-p" + page + "-" + this.settings.languages().replaceAll("[^A-Za-z_+]", "") + "-"
					+ this.settings.dpi() + ".txt");
	}

	/**
	 * Keeps a page's text (written aside, then moved: a reader never sees half of it). A
	 * cache that cannot be written is no reason to lose the text.
	 */
	private static void keep(Path cached, String text) {
		if (cached == null) {
			return;
		}
		try {
			Files.createDirectories(cached.getParent());
			Path part = Files.createTempFile(cached.getParent(), ".page", ".part");
			Files.writeString(part, text);
			Files.move(part, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			log.warn("OCR cache {} not written: {}", cached, ex.getMessage());
		}
	}

	/**
	 * One page through Tesseract: a PGM image in, UTF-8 text out. A page read poorly (the
	 * words' mean confidence under {@link #UPRIGHT_CONFIDENCE}) may have been scanned
	 * turned (a landscape table, a sheet fed sideways): Tesseract's orientation detection
	 * ({@code --psm 0}, the {@code osd} model of the Debian package) says by how much,
	 * and the page is read again turned upright; the better reading is kept.
	 */
	private String recognise(BufferedImage image, int page) throws IOException, InterruptedException {
		String tsv = read(image, page);
		double confidence = meanConfidence(tsv);
		if (confidence < UPRIGHT_CONFIDENCE) {
			int turn = orientation(image, page);
			if (turn != 0) {
				String upright = read(turned(image, turn), page);
				double better = meanConfidence(upright);
				log.info("OCR: trang {} xoay {}° (page turned {} degrees): confidence {} -> {}", page, turn, turn,
						Math.round(confidence), Math.round(better));
				if (better > confidence) {
					tsv = upright;
				}
			}
		}
		return lines(tsv);
	}

	/** The page's words as Tesseract's TSV: a box, a confidence and the text of each. */
	private String read(BufferedImage image, int page) throws IOException, InterruptedException {
		return tesseract(image, page, "-l", this.settings.languages(), "--dpi", String.valueOf(this.settings.dpi()),
				"--psm", "6", "-c", "preserve_interword_spaces=1", "tsv");
	}

	/** Under this mean word confidence (0–100) a page is checked for being turned. */
	private static final double UPRIGHT_CONFIDENCE = 60;

	/**
	 * By how many degrees clockwise the page must be turned to stand upright (0, 90, 180,
	 * 270), by Tesseract's orientation detection; 0 when it cannot tell (too few letters,
	 * no {@code osd} model) or is not sure.
	 */
	private int orientation(BufferedImage image, int page) throws InterruptedException {
		try {
			String osd = tesseract(image, page, "--psm", "0", "-l", "osd");
			java.util.regex.Matcher rotate = java.util.regex.Pattern.compile("(?m)^Rotate:\\s*(\\d+)").matcher(osd);
			java.util.regex.Matcher sure = java.util.regex.Pattern.compile("(?m)^Orientation confidence:\\s*([\\d.]+)")
				.matcher(osd);
			if (rotate.find() && sure.find() && Double.parseDouble(sure.group(1)) >= 1.0) {
				int degrees = Integer.parseInt(rotate.group(1)) % 360;
				return (degrees % 90 == 0) ? degrees : 0;
			}
		}
		catch (IOException | UndecodableTextException | NumberFormatException ex) {
			// No orientation: the page is read as it is.
		}
		return 0;
	}

	/** The mean confidence of the words of a TSV reading, 0 when it has none. */
	static double meanConfidence(String tsv) {
		double sum = 0;
		int n = 0;
		for (String row : tsv.split("\n")) {
			String[] f = row.split("\t", -1);
			if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
				continue;
			}
			try {
				double conf = Double.parseDouble(f[10]);
				if (conf >= 0) {
					sum += conf;
					n++;
				}
			}
			catch (NumberFormatException ex) {
				// Not a word row.
			}
		}
		return (n == 0) ? 0 : sum / n;
	}

	/** The image turned clockwise by a multiple of 90 degrees. */
	static BufferedImage turned(BufferedImage image, int degrees) {
		boolean quarter = degrees == 90 || degrees == 270;
		int width = quarter ? image.getHeight() : image.getWidth();
		int height = quarter ? image.getWidth() : image.getHeight();
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		java.awt.Graphics2D g = out.createGraphics();
		java.awt.geom.AffineTransform turn = new java.awt.geom.AffineTransform();
		turn.translate(width / 2.0, height / 2.0);
		turn.rotate(Math.toRadians(degrees));
		turn.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
		g.drawImage(image, turn, null);
		g.dispose();
		return out;
	}

	/**
	 * Tesseract on one page image (PGM on its input) with these arguments; its output.
	 */
	private String tesseract(BufferedImage image, int page, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(this.settings.command(), "stdin", "stdout"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command);
		// One thread each: pages run side by side instead.
		builder.environment().put("OMP_THREAD_LIMIT", "1");
		Process process = builder.start();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		Thread errorReader = Thread.ofVirtual().start(() -> {
			try (InputStream err = process.getErrorStream()) {
				err.transferTo(errors);
			}
			catch (IOException ex) {
				// The process ended; what it said is what was read.
			}
		});
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		Thread outReader = Thread.ofVirtual().start(() -> {
			try (InputStream out = process.getInputStream()) {
				out.transferTo(text);
			}
			catch (IOException ex) {
				// As above.
			}
		});
		try (OutputStream in = process.getOutputStream()) {
			writePgm(image, in);
		}
		catch (IOException ex) {
			// Tesseract closed its input early: its exit status says why.
		}
		if (!process.waitFor(this.settings.pageTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new UndecodableTextException("tệp application/pdf: trang " + page + " nhận dạng quá "
					+ this.settings.pageTimeout().toSeconds() + " giây (OCR of page " + page + " timed out)");
		}
		outReader.join();
		errorReader.join();
		if (process.exitValue() != 0) {
			throw new UndecodableTextException("tệp application/pdf: Tesseract lỗi ở trang " + page + " (exit "
					+ process.exitValue() + ": " + errors.toString(StandardCharsets.UTF_8).strip() + ")");
		}
		return text.toString(StandardCharsets.UTF_8);
	}

	/** A word Tesseract found: where, how tall, what. */
	private record Word(int line, int left, int top, int width, int height, String text) {
	}

	/**
	 * The page's text from Tesseract's TSV (a row per word with its box): words of a line
	 * joined by a space, or by a tab where the gap between them is wider than the line's
	 * words are tall (two table cells, two columns of a header), as the text layer reader
	 * writes a wide gap; an empty line where the lines leave the room of one.
	 */
	static String lines(String tsv) {
		List<Word> words = new ArrayList<>();
		java.util.Map<String, Integer> lineIds = new java.util.HashMap<>();
		for (String row : tsv.split("\n")) {
			String[] f = row.split("\t", -1);
			if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
				continue;
			}
			try {
				int line = lineIds.computeIfAbsent(f[1] + "." + f[2] + "." + f[3] + "." + f[4], (k) -> lineIds.size());
				words.add(new Word(line, Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
						Integer.parseInt(f[9]), f[11].strip()));
			}
			catch (NumberFormatException ex) {
				// Not a word row.
			}
		}
		List<List<Word>> byLine = new ArrayList<>();
		for (Word w : words) {
			while (byLine.size() <= w.line()) {
				byLine.add(new ArrayList<>());
			}
			byLine.get(w.line()).add(w);
		}
		byLine.removeIf(List::isEmpty);
		List<Integer> pitches = new ArrayList<>();
		for (int i = 1; i < byLine.size(); i++) {
			int pitch = top(byLine.get(i)) - top(byLine.get(i - 1));
			if (pitch > 0) {
				pitches.add(pitch);
			}
		}
		int pitch = median(pitches);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < byLine.size(); i++) {
			List<Word> line = byLine.get(i);
			if (i > 0 && pitch > 0 && top(line) - top(byLine.get(i - 1)) > 1.7 * pitch) {
				text.append('\n');
			}
			int height = median(line.stream().map(Word::height).toList());
			List<Word> kept = withoutSpecks(line, height);
			for (int j = 0; j < kept.size(); j++) {
				Word w = kept.get(j);
				if (j > 0) {
					Word before = kept.get(j - 1);
					int gap = w.left() - (before.left() + before.width());
					text.append((gap > GAP_OF_A_CELL * height) ? '\t' : ' ');
				}
				text.append(w.text());
			}
			text.append('\n');
		}
		return text.toString();
	}

	/**
	 * A gap between two words wider than this many times their height parts two cells.
	 */
	private static final double GAP_OF_A_CELL = 1.0;

	/**
	 * The line without the specks Tesseract reads in the blank between two cells (a cell
	 * border, dirt): "_", "|", "~" anywhere, and a lone dash or dot standing in a gap
	 * that is a cell's gap without it ("Bộ Xây dựng — Bộ Công an"; "2026 - 2030" keeps
	 * its dash).
	 */
	private static List<Word> withoutSpecks(List<Word> line, int height) {
		List<Word> kept = new ArrayList<>();
		for (int j = 0; j < line.size(); j++) {
			Word w = line.get(j);
			if (w.text().matches("[-_.,|~¦]*[_|~¦][-_.,|~¦]*")) {
				continue;
			}
			if (w.text().matches("[-–—.]+|_\\.|\\._") && !kept.isEmpty() && j + 1 < line.size()) {
				Word before = kept.get(kept.size() - 1);
				Word after = line.get(j + 1);
				if (after.left() - (before.left() + before.width()) - w.width() > GAP_OF_A_CELL * height) {
					continue;
				}
			}
			kept.add(w);
		}
		return kept;
	}

	private static int top(List<Word> line) {
		return median(line.stream().map(Word::top).toList());
	}

	private static int median(List<Integer> values) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Integer> sorted = new ArrayList<>(values);
		java.util.Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	/** A grey image as binary PGM (P5): a header and the bytes, nothing to encode. */
	private static void writePgm(BufferedImage image, OutputStream out) throws IOException {
		int width = image.getWidth();
		int height = image.getHeight();
		out.write(("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
		if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
				&& image.getRaster().getDataBuffer() instanceof DataBufferByte bytes
				&& bytes.getData().length == width * height) {
			out.write(bytes.getData());
			return;
		}
		byte[] row = new byte[width];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int rgb = image.getRGB(x, y);
				row[x] = (byte) (((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000);
			}
			out.write(row);
		}
	}

}
