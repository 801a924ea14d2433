package io.directivegraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry of the API's error texts: every text in both languages naming the same
 * values, every code the code throws present and every row thrown somewhere, the language
 * chosen from {@code Accept-Language} as a browser sends it.
 */
class ProblemTextsTest {

	/**
	 * A letter only Vietnamese writes (tones and hooks), so that a row left in English
	 * shows.
	 */
	private static final Pattern VIETNAMESE = Pattern
		.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE);

	/**
	 * A code given where a problem is made: {@code new XException("code"}, or
	 * {@code "code"} after a status.
	 */
	private static final Pattern USED = Pattern.compile(
			"(?:Exception\\(|HttpStatus\\.[A-Z_]+,\\s*(?:[a-z]+,\\s*)?|\\?\\s*|:\\s*|->\\s*)\"([a-z-]+\\.[a-z0-9-]+)\"");

	@Test
	void everyTextIsWrittenInBothLanguagesAndNamesTheSameValues() {
		for (String code : ProblemTexts.codes()) {
			ProblemTexts.Text text = ProblemTexts.text(code);
			assertThat(Stream.of(text.titleEn(), text.titleVi(), text.detailEn(), text.detailVi())).as(code)
				.allSatisfy((s) -> assertThat(s).isNotBlank());
			assertThat(ProblemTexts.slots(text.detailVi())).as(code).isEqualTo(ProblemTexts.slots(text.detailEn()));
			assertThat(VIETNAMESE.matcher(text.titleVi() + " " + text.detailVi()).find()).as(code + " in Vietnamese")
				.isTrue();
		}
	}

	@Test
	void everyCodeTheSourcesGiveIsInTheRegistryAndEveryRowIsGivenSomewhere() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher m = USED.matcher(Files.readString(file));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		used.removeIf((c) -> c.startsWith("app.") || c.startsWith("spring."));
		assertThat(ProblemTexts.codes()).containsAll(used);
		Set<String> unused = new TreeSet<>(ProblemTexts.codes());
		unused.removeAll(used);
		// The container's codes are made from the status ("container." + status).
		unused.removeIf((c) -> c.startsWith("container."));
		assertThat(unused).as("rows no code gives").isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			null                                  | false
			''                                    | false
			vi                                    | true
			vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7   | true
			en-US,en;q=0.9,vi;q=0.8               | false
			en;q=0.5,vi;q=0.9                     | true
			fr-FR,fr;q=0.9                        | false
			fr-FR,vi;q=0.5                        | true
			*                                     | false
			;;;garbage=                           | false
			""")
	void vietnameseIsAnsweredWhenTheRequestRanksItAboveEnglish(String header, boolean vietnamese) {
		assertThat(ProblemTexts.prefersVietnamese(header)).isEqualTo(vietnamese);
	}

	@Test
	void valuesFillTheirSlotsAndLeaveEveryOtherBraceAndApostropheAsWritten() {
		assertThat(ProblemTexts.fill("'{0}' is not a date; {\"status\": 1} {1}", "2022-13-01", 1234567))
			.isEqualTo("'2022-13-01' is not a date; {\"status\": 1} 1234567");
		assertThat(ProblemTexts.fill("{0} $1 \\", "a$b\\c")).isEqualTo("a$b\\c $1 \\");
	}

	@Test
	void aProblemNamesItsCodeAndIsInTheLanguageAsked() {
		ProblemDetail vi = ProblemTexts.problem(HttpStatus.NOT_FOUND, true, "task.not-found", "x.t001");
		assertThat(vi.getDetail()).isEqualTo("Không có nhiệm vụ mã 'x.t001'");
		assertThat(vi.getTitle()).isEqualTo("Không tìm thấy");
		assertThat(vi.getProperties()).containsEntry("code", "task.not-found");
		assertThat(new NotFoundException("task.not-found", "x.t001")).hasMessage("No task with id 'x.t001'");
	}

	@Test
	void anUnknownCodeIsAProgrammingErrorNotASilentEnglishText() {
		assertThatThrownBy(() -> new BadRequestException("no.such-code")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("problems.tsv");
	}

}
