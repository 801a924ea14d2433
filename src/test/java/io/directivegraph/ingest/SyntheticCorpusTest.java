package io.directivegraph.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.directivegraph.extract.model.Extraction;
import io.directivegraph.extract.Extractor;

import static org.assertj.core.api.Assertions.assertThat;
import io.directivegraph.domain.DocumentIds;

/**
 * The synthetic corpus says what the extractor reads: each file is one document with the
 * intended identity, and yields the tasks written into it (within 10 %).
 */
class SyntheticCorpusTest {

	private static final Extractor EXTRACTOR = Extractor.defaults();

	@Test
	void everyDocumentYieldsTheTasksWrittenIntoIt() {
		int written = 0;
		int extracted = 0;
		for (SyntheticCorpus.Document document : new SyntheticCorpus(1, 40)) {
			Extraction extraction = EXTRACTOR.extract(document.file(), document.bytes());
			assertThat(extraction.documents()).as(document.file()).hasSize(1);
			Extraction.Header header = extraction.documents().get(0).document();
			assertThat(DocumentIds.numbered(header.jurisdiction(), header.kind(), header.number(),
					DocumentIds.year(header.issuedOn(), header.number())))
				.as(document.file())
				.isEqualTo(document.id());
			int tasks = extraction.documents().get(0).tasks().size();
			assertThat(tasks).as(document.file()).isCloseTo(document.tasks().size(), withinTenPercent(document));
			written += document.tasks().size();
			extracted += tasks;
		}
		assertThat(written).isBetween(40 * 14, 40 * 26);
		assertThat((double) extracted).isBetween(0.9 * written, 1.1 * written);
	}

	@Test
	void theSameSeedGivesTheSameFiles() {
		List<String> first = new SyntheticCorpus(7, 5).stream().map(SyntheticCorpus.Document::text).toList();
		List<String> second = new SyntheticCorpus(7, 5).stream().map(SyntheticCorpus.Document::text).toList();
		assertThat(first).isEqualTo(second);
		assertThat(new SyntheticCorpus(8, 5).stream().map(SyntheticCorpus.Document::text).toList()).isNotEqualTo(first);
	}

	private static org.assertj.core.data.Offset<Integer> withinTenPercent(SyntheticCorpus.Document document) {
		return org.assertj.core.data.Offset.offset(Math.max(1, document.tasks().size() / 10));
	}

}
