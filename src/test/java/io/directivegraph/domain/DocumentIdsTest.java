package io.directivegraph.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.directivegraph.extract.text.Folding;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentIdsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Ban Tổ chức Tỉnh ủy|ban-to-chuc-tinh-uy", "  Số 07-NQ/TU  |so-07-nq-tu",
			"--Đề án--|de-an", "!!!|x", "''|x", "Sở Tài chính; Sở Nội vụ.|so-tai-chinh-so-noi-vu" })
	void aSlugIsTheFoldedWordsJoinedByOneDash(String text, String slug) {
		assertThat(DocumentIds.slug(text)).isEqualTo(slug);
	}

	@Test
	void aSlugIsWhatTheRegularExpressionsGaveOnEveryLineOfTheSeeds() throws IOException {
		int lines = 0;
		try (var files = Files.list(Path.of("import/documents"))) {
			for (Path file : files.toList()) {
				for (String line : Files.readAllLines(file)) {
					assertThat(DocumentIds.slug(line)).as(line).isEqualTo(byRegex(line));
					lines++;
				}
			}
		}
		assertThat(lines).isGreaterThan(1000);
	}

	/** The definition the loop replaced (ids in existing graphs were made with it). */
	private static String byRegex(String text) {
		String folded = Folding.fold(text).toLowerCase(Locale.ROOT);
		String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "x" : slug;
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
			14/NQ-CP       | 2026 | viet-nam.resolution.14-nq-cp.2026
			14/2026/NQ-CP  | 2026 | viet-nam.resolution.14-nq-cp.2026
			99/2023/QH15   | 2023 | viet-nam.resolution.99-qh15.2023
			99/2023/QH15   | 2024 | viet-nam.resolution.99-2023-qh15.2024
			13-NQ/TW       | 2022 | viet-nam.resolution.13-nq-tw.2022
			""")
	void aStateNumberWithAndWithoutItsYearIsOneDocument(String number, String year, String id) {
		assertThat(DocumentIds.numbered(null, "RESOLUTION", number, year)).isEqualTo(id);
	}

}
