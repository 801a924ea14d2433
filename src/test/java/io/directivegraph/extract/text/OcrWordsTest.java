package io.directivegraph.extract.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OcrWordsTest {

	@Test
	void theAlternationMatchesTheWordAndEachReadingAndNothingLonger() {
		Pattern of = Pattern.compile("^" + OcrWords.alternation("cua") + "$");
		assertThat(OcrWords.readings("cua")).first().isEqualTo("cua");
		assertThat(OcrWords.readings("cua")).allSatisfy((r) -> assertThat(of.matcher(r).matches()).isTrue());
		assertThat(of.matcher("cuaa").matches()).isFalse();
	}

	@Test
	void aWordTheFileDoesNotListIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> OcrWords.alternation("voi"));
	}

	@Test
	void noRuleSpellsTheReadingsOfAListedWordByHand() throws IOException {
		List<String> readings = OcrWords.readings("cua").subList(1, OcrWords.readings("cua").size());
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String code = Files.readString(file);
				assertThat(readings).as(file.toString()).noneMatch((r) -> code.contains("|" + r + "|"));
			}
		}
	}

}
