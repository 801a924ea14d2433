package io.directivegraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.directivegraph.extract.model.Extraction.DocumentExtraction;

import static org.assertj.core.api.Assertions.assertThat;
import io.directivegraph.extract.model.Extraction;

/**
 * A file of several megabytes (copies of the compilation seed) is read as the copies of
 * its documents: nothing is lost, merged or shifted between parts. No timing: the
 * throughput is measured by {@link ExtractBenchmark}.
 */
class ExtractorLargeInputTest {

	private static final Path SEED = Path.of("import/documents/003_10fced73fa7337e4.txt");

	@Test
	void copiesOfACompilationGiveCopiesOfItsDocuments() throws IOException {
		Extractor extractor = Extractor.defaults();
		byte[] seed = Files.readAllBytes(SEED);
		List<DocumentExtraction> once = extractor.extract("seed.txt", seed).documents();
		int copies = 5;
		byte[] large = ExtractBenchmark.repeat(seed, copies);
		assertThat(large.length).isGreaterThan(3_500_000);

		List<DocumentExtraction> documents = extractor.extract("large.txt", large).documents();

		assertThat(documents).hasSize(copies * once.size());
		int linesPerCopy = once.get(once.size() - 1).document().lines().get(1) + 1;
		for (int copy = 0; copy < copies; copy++) {
			for (int i = 0; i < once.size(); i++) {
				DocumentExtraction expected = once.get(i);
				DocumentExtraction actual = documents.get(copy * once.size() + i);
				int shift = copy * linesPerCopy;
				assertThat(actual.document().jurisdiction()).isEqualTo(expected.document().jurisdiction());
				// Where one copy ends and the next begins the header lines between them
				// go to one part or the other; the documents themselves are the same.
				assertThat(actual.references()).extracting(Extraction.Reference::number)
					.isEqualTo(expected.references().stream().map(Extraction.Reference::number).toList());
				assertThat(actual.references()).extracting((r) -> r.line() - shift)
					.isEqualTo(expected.references().stream().map(Extraction.Reference::line).toList());
				assertThat(actual.relations()).hasSameSizeAs(expected.relations());
				assertThat(actual.tasks()).hasSameSizeAs(expected.tasks());
			}
		}
	}

}
