package io.directivegraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

import io.directivegraph.extract.model.Extraction.Source;
import io.directivegraph.extract.text.UndecodableTextException;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import io.directivegraph.extract.model.Extraction;

class ExtractorPropertiesTest {

	// Building an extractor loads the gazetteer and rule files: once for all tries.
	private static final Extractor EXTRACTOR = Extractor.defaults();

	private static final Path SEEDS = Path.of("import/documents");

	private static final String OCR_SEED = "001_8cb44f0713b8000c.txt";

	private static final String COMPILATION_SEED = "003_10fced73fa7337e4.txt";

	private static final String VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

	private static final String ALPHABET = VIETNAMESE + VIETNAMESE.toUpperCase() + "abcdefghijklmnopqrstuvwxyz"
			+ "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + "     \n\n\r\t/-–—.,:;()[]*#_\\<>!`+=\"'";

	// Fragments the later stages key on (titles, numbers, dates, sections, markup),
	// so random text reaches deep into the pipeline instead of stopping at "no title".
	private static final List<String> TOKENS = List.of("BÁO CÁO", "CHƯƠNG TRÌNH", "NGHỊ QUYẾT", "KẾ HOẠCH", "ĐỀ ÁN",
			"QUYẾT ĐỊNH", "CHỈ THỊ", "KẾT LUẬN", "HƯỚNG DẪN", "PHỤ LỤC 1", "CHUONG TRINH", "NGHI QUYET", "TỈNH ỦY",
			"THÀNH ỦY CẦN THƠ", "ĐẢNG CỘNG SẢN VIỆT NAM", "UBND", "Chỉ thị", "Nghị quyết", "Quyết định", "Kế hoạch",
			"Thông báo", "Kết luận", "Nghị định", "Luật", "số", "Số:", "29-", "29-CT/TW", "-NQ/TU", "13-NQ/TW",
			"/QĐ-UBND", "/2024/NĐ-CP", "Đề án 06", "ngày", "tháng", "năm", "ngay", "thang", "nam", "02/4/2022",
			"31/12/2025", "2020 - 2025", "quý I", "quý IV", "hằng năm", "trước ngày", "Điều 1.", "Chương II", "I.",
			"II.", "IV.", "1.", "2.1.", "a)", "b)", "-", "+", "/", "**", "*", "\\*", "#", "## ", "__", "<sup>",
			"</sup>", "<sup>1</sup>", "<sup> 12 </sup>", "<b>", "</i>", "<br/>", "-----", "Nơi nhận:",
			"T/M BAN THƯỜNG VỤ", "BÍ THƯ", "chủ trì", "phối hợp", "Chủ trì:", "Phối hợp:", "Sở Tài chính",
			"Ban Tuyên giáo Tỉnh ủy", "Bộ Chính trị", "Ban Bí thư", "Trung ương", "Hậu Giang", "Cần Thơ", "thực hiện",
			"triển khai", "căn cứ", "Căn cứ", "thay thế", "bãi bỏ", "sửa đổi, bổ sung", "hướng dẫn",
			"tiếp tục thực hiện", "Đại hội XIII", "lần thứ XIV", "nhiệm kỳ", "\uFEFF", "\u00A0", "\u200B");

	private static final List<String> HEADER_LINES = List.of("BÁO CÁO", "CHƯƠNG TRÌNH", "KẾ HOẠCH", "PHỤ LỤC 1",
			"QUYẾT ĐỊNH", "NGHI QUYET", "# BÁO CÁO", "**NGHỊ QUYẾT**", "TỈNH ỦY HẬU GIANG", "THÀNH ỦY CẦN THƠ",
			"ĐẢNG CỘNG SẢN VIỆT NAM", "A", "*", "\\*", "-----", "Số 12-KH/TU", "Số: 35/NQ-CP",
			"Hậu Giang, ngày 5 tháng 3 năm 2024", "Cần Thơ, ngày tháng 7 năm 2025", "ngay 31 thang 2 nam 2024",
			"tháng 13 năm 2025", "I. MỤC TIÊU", "II. NHIỆM VỤ", "## 1. Nhiệm vụ",
			"1. Sở Tài chính chủ trì, hoàn thành trong quý II năm 2025",
			"- Ban Tuyên giáo chủ trì, phối hợp Sở Nội vụ thực hiện trước ngày 30/02/2025",
			"Căn cứ Nghị quyết số 13-NQ/TW ngày 02/4/2022 của Bộ Chính trị", "thay thế Chỉ thị số 29-CT/TW",
			"từ quý IV năm 2022 đến tháng 6 năm 2023", "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "<sup>1</sup>");

	private static final List<List<String>> SEED_LINES = seedLines(false);

	private static final List<List<String>> DIACRITIC_SEED_LINES = seedLines(true);

	private static final List<String> SEED_WORDS = SEED_LINES.stream()
		.flatMap(List::stream)
		.flatMap((line) -> Arrays.stream(line.split("\\s+")))
		.filter((word) -> !word.isEmpty())
		.distinct()
		.toList();

	@Property(tries = 200)
	void anyTextEitherExtractsOrIsRefusedAsUndecodable(@ForAll("texts") String text) {
		try {
			Extraction extraction = EXTRACTOR.extract("x.txt", text.getBytes(UTF_8));
			assertTraceable(extraction, text);
		}
		catch (UndecodableTextException ex) {
			// The one refusal the contract allows: control characters read as binary.
		}
	}

	@Property(tries = 200)
	void anyLayoutOfHeaderLinesExtracts(@ForAll("headerLines") String text) {
		assertTraceable(EXTRACTOR.extract("x.txt", text.getBytes(UTF_8)), text);
	}

	/**
	 * What every extraction must be, whatever the text: documents in file order on ranges
	 * of its lines that do not overlap, every fact on a line of its document, no task
	 * without a title, every lead named, every deadline a real day of its due year.
	 */
	static void assertTraceable(Extraction extraction, String text) {
		int lines = (int) text.lines().count() + 1;
		int previousEnd = 0;
		for (Extraction.DocumentExtraction document : extraction.documents()) {
			java.util.List<Integer> range = document.document().lines();
			assertThat(range).hasSize(2);
			int first = range.get(0);
			int last = range.get(1);
			assertThat(first).as("document starts after the one before").isGreaterThan(previousEnd);
			assertThat(last).as("document range").isBetween(first, lines);
			previousEnd = last;
			for (Extraction.Task task : document.tasks()) {
				assertThat(task.line()).as("task line").isBetween(first, last);
				assertThat(task.title()).as("task title").isNotBlank();
				assertThat(task.lead() == null || !task.lead().isBlank()).as("a lead is named or absent").isTrue();
				if (task.due() != null && task.due().deadline() != null) {
					assertThat(java.time.LocalDate.parse(task.due().deadline()).getYear()).isEqualTo(task.due().year());
				}
			}
			for (Extraction.Reference reference : document.references()) {
				assertThat(reference.line()).as("citation line").isBetween(first, last);
			}
		}
	}

	@Property(tries = 200)
	void nfcAndNfdOfTheSameTextExtractAlike(@ForAll("vietnamese") String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
		Assume.that(!nfc.equals(nfd));
		Extraction composed = EXTRACTOR.extract("x.txt", nfc.getBytes(UTF_8));
		Extraction decomposed = EXTRACTOR.extract("x.txt", nfd.getBytes(UTF_8));
		assertThat(withoutDigest(decomposed)).isEqualTo(withoutDigest(composed));
	}

	@Test
	void emptyFileHasNoDocumentsAndAWarning() {
		Extraction extraction = EXTRACTOR.extract("empty.txt", new byte[0]);
		assertThat(extraction.documents()).isEmpty();
		assertThat(extraction.warnings()).isNotEmpty();
	}

	@Test
	void binaryDataIsRefused() {
		byte[] bytes = new byte[64 * 1024];
		new Random(42).nextBytes(bytes);
		// A NUL at the start rules out a byte order mark; more NULs scattered as in real
		// binary files, but too few to look like UTF-16.
		for (int i = 0; i < bytes.length; i += 97) {
			bytes[i] = 0;
		}
		assertThatExceptionOfType(UndecodableTextException.class)
			.isThrownBy(() -> EXTRACTOR.extract("data.bin", bytes));
	}

	// 50 MB (70 copies) completes under -Xmx1g, its heap peaking near 920 MB, but takes
	// 189 s with surefire's C1-only JIT on 2 cores (62 s before the approximate agency
	// prefixes of TaskFinder); time grows linearly with size. 3 MB runs the same code
	// over 30 documents and keeps the suite quick.
	@Test
	void aFewMegabytesOfCompilationsComplete() throws IOException {
		byte[] seed = Files.readAllBytes(SEEDS.resolve(COMPILATION_SEED));
		int copies = (int) Math.ceil(3.0 * 1024 * 1024 / (seed.length + 1));
		byte[] bytes = new byte[copies * (seed.length + 1)];
		for (int i = 0; i < copies; i++) {
			System.arraycopy(seed, 0, bytes, i * (seed.length + 1), seed.length);
			bytes[(i + 1) * (seed.length + 1) - 1] = '\n';
		}
		long start = System.nanoTime();
		Extraction extraction = EXTRACTOR.extract("big.txt", bytes);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("%d MB (%d copies of seed 003) extracted in %d ms, %d documents%n",
				bytes.length / (1024 * 1024), copies, millis, extraction.documents().size());
		assertThat(extraction.documents()).hasSizeGreaterThanOrEqualTo(copies);
	}

	// Found by the properties: the second part's start used to move up over the first
	// title (a line in capitals
	// reads as a header), leaving the first part ending before its own title.
	@Test
	void aTitleBelowABannerFollowedByAnotherTitleExtracts() {
		byte[] bytes = "A\nBÁO CÁO\n\n\n\n\nCHƯƠNG TRÌNH".getBytes(UTF_8);
		assertThat(EXTRACTOR.extract("x.txt", bytes).documents()).hasSize(2);
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.oneOf(charSoup(), tokenSoup(), collage(SEED_LINES, 30),
				Arbitraries.strings().all().ofMaxLength(400));
	}

	@Provide
	Arbitrary<String> vietnamese() {
		// Fewer pieces than in texts(): each try extracts twice, and long text is slow.
		return collage(DIACRITIC_SEED_LINES, 12);
	}

	private static Arbitrary<String> charSoup() {
		return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(3000);
	}

	private static Arbitrary<String> tokenSoup() {
		Arbitrary<String> token = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(TOKENS)),
				Tuple.of(4, Arbitraries.of(SEED_WORDS)),
				Tuple.of(1, Arbitraries.integers().between(0, 3000).map(String::valueOf)),
				Tuple.of(1, Arbitraries.strings().withChars(ALPHABET).ofMaxLength(6)));
		Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", " ", "", "\n", "\n\n", "\r\n", "\t", ": ", ", ",
				"/", "-");
		return Combinators.combine(token, separator)
			.as(String::concat)
			.list()
			.ofMaxSize(400)
			.map((pieces) -> String.join("", pieces));
	}

	// Whole lines of the kinds that shape a document (titles, banners, dates, sections,
	// blanks) in random order: part splitting and header reading see unusual layouts.
	@Provide
	Arbitrary<String> headerLines() {
		Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(HEADER_LINES)),
				Tuple.of(2, Arbitraries.just("")), Tuple.of(1, Arbitraries.of(TOKENS)),
				Tuple.of(1, Arbitraries.of(SEED_LINES).flatMap(Arbitraries::of)));
		return line.list().ofMinSize(1).ofMaxSize(40).map((lines) -> String.join("\n", lines));
	}

	// Pieces of real seed lines: runs of consecutive lines (so headers, sections and task
	// lists stay recognisable), single lines, and cuts through a line.
	private static Arbitrary<String> collage(List<List<String>> seeds, int maxPieces) {
		Arbitrary<List<String>> seed = Arbitraries.of(seeds);
		Arbitrary<String> run = Combinators
			.combine(seed, Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 40))
			.as((lines, at, length) -> {
				int from = (int) (at * (lines.size() - 1));
				return String.join("\n", lines.subList(from, Math.min(lines.size(), from + length)));
			});
		Arbitrary<String> line = seed.flatMap(Arbitraries::of);
		Arbitrary<String> cut = Combinators
			.combine(line, Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1))
			.as((text, a, b) -> text.substring((int) (Math.min(a, b) * text.length()),
					(int) (Math.max(a, b) * text.length())));
		return Arbitraries.oneOf(run, line, cut)
			.list()
			.ofMinSize(1)
			.ofMaxSize(maxPieces)
			.map((pieces) -> String.join("\n", pieces));
	}

	private static Extraction withoutDigest(Extraction extraction) {
		Source source = extraction.source();
		return new Extraction(new Source(source.file(), null, 0, source.encoding()), extraction.documents(),
				extraction.warnings());
	}

	private static List<List<String>> seedLines(boolean withDiacriticsOnly) {
		try (var files = Files.list(SEEDS)) {
			List<List<String>> seeds = new ArrayList<>();
			for (Path file : files.sorted().toList()) {
				if (withDiacriticsOnly && file.getFileName().toString().equals(OCR_SEED)) {
					continue;
				}
				List<String> lines = Files.readAllLines(file, UTF_8);
				if (!lines.isEmpty()) {
					seeds.add(lines);
				}
			}
			return seeds;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
