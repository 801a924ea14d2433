package io.directivegraph.extract.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OcrRepairsTest {

	private static final OcrRepairs REPAIRS = OcrRepairs.defaults();

	@ParameterizedTest
	@CsvSource(delimiter = '=', textBlock = """
			ban chap hanh pang bq tinh         = ban chap hanh dang bo tinh
			pai hoi pang bo tinh lan thu xiv   = dai hoi dang bo tinh lan thu xiv
			bang bj tinh                       = dang bo tinh
			thoi gian hoan thanh quy | nam 2022 = thoi gian hoan thanh quy i nam 2022
			quy il nam 2021, quy 111/2022      = quy ii nam 2021, quy iii/2022
			chuong trinh s6 50-ctr/tu          = chuong trinh so 50-ctr/tu
			quy dinh s6 105-qb/tw              = quy dinh so 105-qd/tw
			ban to chuc tinh iy chi tri        = ban to chuc tinh uy chu tri
			nghl quyet thue hien               = nghi quyet thuc hien
			quy iv nam 2021 dang bo            = quy iv nam 2021 dang bo
			""")
	void repairsKnownConfusionsKeepingTheLength(String damaged, String repaired) {
		char[] text = damaged.toCharArray();
		REPAIRS.apply(text);
		assertThat(new String(text)).isEqualTo(repaired).hasSameSizeAs(damaged);
	}

	@ParameterizedTest
	@ValueSource(strings = { "001_8cb44f0713b8000c.txt", "000_6c4f176d180325ff.txt", "002_3af1d634d45fff12.txt" })
	void onePassRepairsAsMuchAsOnePassPerRule(String seed) throws IOException {
		String folded = Folding.fold(Files.readString(Path.of("import/documents", seed)));
		char[] onePass = folded.toCharArray();
		REPAIRS.apply(onePass);
		assertThat(new String(onePass)).isEqualTo(rulePerRule(folded));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			\\bab\\b\txy| ab abc ab | xy abc xy
			c(d)\te       | cd xcd    | ce xce
			(?<=x)yz\tq   | yz xyz    | yz xq
			""")
	void rulesFromAnyFile(String rule, String input, String expected) {
		OcrRepairs repairs = OcrRepairs
			.load(new ByteArrayInputStream((rule.strip() + "\n").getBytes(StandardCharsets.UTF_8)));
		char[] text = input.strip().toCharArray();
		repairs.apply(text);
		assertThat(new String(text).stripTrailing()).isEqualTo(expected.strip());
	}

	/** The rules of the packaged file applied one after the other, a pass each. */
	private static String rulePerRule(String folded) throws IOException {
		List<Pattern> patterns = new ArrayList<>();
		List<String> replacements = new ArrayList<>();
		try (InputStream in = OcrRepairs.class.getResourceAsStream("/extract/ocr-repairs.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					patterns.add(Pattern.compile(line.split("\t")[0]));
					replacements.add(line.split("\t")[1]);
				}
			}
		}
		char[] text = folded.toCharArray();
		for (int r = 0; r < patterns.size(); r++) {
			Matcher m = patterns.get(r).matcher(new String(text));
			boolean group = m.groupCount() >= 1;
			while (m.find()) {
				int start = group ? m.start(1) : m.start();
				int end = group ? m.end(1) : m.end();
				for (int i = start; i < end; i++) {
					text[i] = (i - start < replacements.get(r).length()) ? replacements.get(r).charAt(i - start) : ' ';
				}
			}
		}
		return new String(text);
	}

}
