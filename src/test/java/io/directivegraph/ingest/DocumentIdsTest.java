package io.directivegraph.ingest;

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

}
