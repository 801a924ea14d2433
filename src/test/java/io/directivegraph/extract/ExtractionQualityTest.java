package io.directivegraph.extract;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.directivegraph.extract.ExtractionQuality.Family;
import io.directivegraph.extract.ExtractionQuality.FileScore;
import io.directivegraph.extract.ExtractionQuality.Score;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the extractor against the annotated seeds and the documents written for the
 * project ({@code fixtures/documents}), per family (Party, State, provincial), and fails
 * under the floor of each category. The floors are what the extractor reaches today (a
 * ratchet: raise them as it improves); the targets of the issues are in the comments.
 */
class ExtractionQualityTest {

	/** Category, minimum precision, minimum recall: over all seeds. */
	private static final Object[][] SEED_FLOORS = {
			// target: >= 0.95 on clean text, >= 0.90 on OCR
			{ "citations", 0.95, 0.95 }, { "citation dates", 0.95, 0.95 }, { "citation jurisdictions", 0.95, 0.95 },
			{ "relations", 0.78, 0.65 }, { "named references", 0.95, 0.60 },
			// target: tasks with the right lead and deadline >= 0.90
			{ "tasks with lead and deadline", 0.90, 0.90 } };

	/** OCR seed alone: citations must hold there too. */
	private static final double OCR_CITATIONS = 0.90;

	@Test
	void extractionMeetsTheFloorsOnTheAnnotatedSeeds() throws IOException {
		List<FileScore> files = new ExtractionQuality().scoreAll();
		ExtractionQuality.print(files);
		Map<String, Score> seeds = ExtractionQuality.total(files, FileScore::seed);
		for (Object[] floor : SEED_FLOORS) {
			Score score = seeds.get((String) floor[0]);
			assertThat(score.precision()).as(floor[0] + " precision").isGreaterThanOrEqualTo((double) floor[1]);
			assertThat(score.recall()).as(floor[0] + " recall").isGreaterThanOrEqualTo((double) floor[2]);
		}
		Score ocr = files.stream()
			.filter((f) -> f.file().equals("001_8cb44f0713b8000c.txt"))
			.findFirst()
			.orElseThrow()
			.scores()
			.get("citations");
		assertThat(ocr.precision()).as("OCR citations precision").isGreaterThanOrEqualTo(OCR_CITATIONS);
		assertThat(ocr.recall()).as("OCR citations recall").isGreaterThanOrEqualTo(OCR_CITATIONS);
	}

	/**
	 * Category, minimum precision, minimum recall, per family of the written documents
	 * (Party, State, provincial): what the extractor reaches today, a little under, so
	 * that a change making one family worse fails. Targets of issue 12: headers ≥ 8 in 9,
	 * citations ≥ 0.95, tasks found ≥ 0.9, right lead ≥ 0.9, right deadline ≥ 0.85.
	 */
	private static final Map<Family, Object[][]> FAMILY_FLOORS = Map.of(Family.PARTY,
			new Object[][] { { ExtractionQuality.HEADERS, 0.95, 0.95 }, { "citations", 0.97, 0.97 },
					{ "tasks", 0.98, 0.91 }, { "tasks with lead", 0.96, 0.89 }, { "tasks with deadline", 0.97, 0.90 } },
			Family.STATE,
			// Citation precision: the extractor gives a document's short name ("sau đây
			// gọi
			// tắt là Chương trình") its number at every mention; one annotator did not.
			new Object[][] { { ExtractionQuality.HEADERS, 0.95, 0.95 }, { "citations", 0.90, 0.97 },
					{ "tasks", 0.98, 0.91 }, { "tasks with lead", 0.97, 0.90 }, { "tasks with deadline", 0.97, 0.90 } },
			Family.PROVINCIAL,
			new Object[][] { { ExtractionQuality.HEADERS, 0.90, 0.90 }, { "citations", 0.95, 0.95 },
					{ "tasks", 0.97, 0.92 }, { "tasks with lead", 0.93, 0.88 },
					{ "tasks with deadline", 0.96, 0.91 } });

	/**
	 * Target of issue 12: at most 2 % of the found tasks with a known lead name the wrong
	 * one.
	 */
	private static final double WRONG_OWNERS = 0.02;

	@Test
	void everyFamilyOfWrittenDocumentsMeetsItsFloorsAndNamesNoWrongOwner() throws IOException {
		List<FileScore> files = new ExtractionQuality().scoreAll();
		for (Family family : Family.values()) {
			List<FileScore> written = files.stream().filter((f) -> !f.seed() && f.family() == family).toList();
			assertThat(written).as(family + " documents").hasSizeGreaterThanOrEqualTo(6);
			Map<String, Score> total = ExtractionQuality.total(written, (f) -> true);
			for (Object[] floor : FAMILY_FLOORS.get(family)) {
				Score score = total.get((String) floor[0]);
				assertThat(score.precision()).as(family + " " + floor[0] + " precision")
					.isGreaterThanOrEqualTo((double) floor[1]);
				assertThat(score.recall()).as(family + " " + floor[0] + " recall")
					.isGreaterThanOrEqualTo((double) floor[2]);
			}
			assertThat(total.get(ExtractionQuality.WRONG_OWNERS).rate()).as(family + " wrong owners")
				.isLessThanOrEqualTo(WRONG_OWNERS);
		}
	}

}
