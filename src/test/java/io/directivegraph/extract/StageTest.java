package io.directivegraph.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.directivegraph.extract.PartContext.Slot;
import io.directivegraph.extract.structure.Part;
import io.directivegraph.extract.text.SourceText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The pipeline is held to what its stages declare: built in an order where a stage reads
 * what nothing before it adds, it is refused; a stage that reads or adds a slot it did
 * not declare fails at once.
 */
class StageTest {

	/** A stage that declares what it is told and does what it is told. */
	private record Fake(String name, Set<Slot> reads, Set<Slot> adds,
			java.util.function.Consumer<PartContext> work) implements Stage {

		@Override
		public void annotate(PartContext context) {
			this.work.accept(context);
		}

	}

	private static PartContext context() {
		SourceText text = SourceText.of("KẾ HOẠCH\nThực hiện\n", io.directivegraph.extract.text.OcrRepairs.defaults());
		return new PartContext(text, new Part(0, 1, 0), null, new MaskedText(text.folded()));
	}

	@Test
	void aStageReadingWhatNoEarlierStageAddsIsRefusedWhenThePipelineIsBuilt() {
		Stage header = new Fake("header", EnumSet.noneOf(Slot.class), EnumSet.of(Slot.HEADER), (c) -> {
		});
		Stage citations = new Fake("citations", EnumSet.of(Slot.HEADER), EnumSet.of(Slot.CITATIONS), (c) -> {
		});
		assertThat(Stage.check(List.of(header, citations))).hasSize(2);
		assertThatIllegalStateException().isThrownBy(() -> Stage.check(List.of(citations, header)))
			.withMessageContaining("citations reads [HEADER]");
		assertThatIllegalStateException().isThrownBy(() -> Stage.check(List.of(header, header)))
			.withMessageContaining("adds HEADER, which a stage before it adds");
	}

	@Test
	void aStageReadingASlotItDidNotDeclareFails() {
		PartContext context = context();
		context
			.run(new Fake("outline", EnumSet.noneOf(Slot.class), EnumSet.of(Slot.OUTLINE, Slot.PREAMBLE_END), (c) -> {
				c.outline(null);
				c.preambleEnd(0);
			}));
		assertThatIllegalStateException()
			.isThrownBy(() -> context
				.run(new Fake("sly", EnumSet.noneOf(Slot.class), EnumSet.of(Slot.RELATIONS), (c) -> c.outline())))
			.withMessageContaining("sly reads OUTLINE without declaring it");
	}

	@Test
	void aStageAddingWhatItDidNotDeclareOrNotAddingWhatItDeclaredFails() {
		assertThatIllegalStateException()
			.isThrownBy(() -> context().run(new Fake("eager", EnumSet.noneOf(Slot.class), EnumSet.of(Slot.HEADER),
					(c) -> c.relations(List.of()))))
			.withMessageContaining("eager adds RELATIONS without declaring it");
		assertThatIllegalStateException().isThrownBy(
				() -> context().run(new Fake("idle", EnumSet.noneOf(Slot.class), EnumSet.of(Slot.HEADER), (c) -> {
				})))
			.withMessageContaining("idle declares [HEADER] but did not add it");
	}

	@Test
	void theExtractorsPipelineFillsEverySlotOfEveryPart() {
		// Built (so checked) and run on a seed: every document has what the stages add.
		assertThat(Extractor.defaults()
			.extract("plan.txt", ("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\nSố: 12/KH-UBND\nKẾ HOẠCH\nThực hiện Nghị quyết số "
					+ "13-NQ/TW\nI. NHIỆM VỤ\n1. Sở Nội vụ chủ trì rà soát, hoàn thành trong quý II năm 2026.\n")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.documents()).singleElement().satisfies((d) -> {
				assertThat(d.tasks()).isNotEmpty();
				assertThat(d.relations()).isNotEmpty();
			});
	}

}
