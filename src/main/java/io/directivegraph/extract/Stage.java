package io.directivegraph.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One stage of the extraction pipeline, as a CoreNLP annotator: it reads some slots of a
 * {@link PartContext} and adds others, and says which. {@link #check} refuses a pipeline
 * in which a stage reads what no earlier stage adds.
 */
interface Stage {

	/** Its name in messages. */
	default String name() {
		return getClass().getSimpleName();
	}

	/** The slots it reads. */
	Set<PartContext.Slot> reads();

	/** The slots it adds. */
	Set<PartContext.Slot> adds();

	/** Reads what it declares from the context, adds what it declares. */
	void annotate(PartContext context);

	/**
	 * The stages in order, if each reads only what the stages before it add and no two
	 * add the same slot.
	 * @throws IllegalStateException naming the stage and the slot otherwise
	 */
	static List<Stage> check(List<Stage> stages) {
		EnumSet<PartContext.Slot> available = EnumSet.noneOf(PartContext.Slot.class);
		for (Stage stage : stages) {
			EnumSet<PartContext.Slot> missing = stage.reads().isEmpty() ? EnumSet.noneOf(PartContext.Slot.class)
					: EnumSet.copyOf(stage.reads());
			missing.removeAll(available);
			if (!missing.isEmpty()) {
				throw new IllegalStateException(stage.name() + " reads " + missing + ", which no stage before it adds");
			}
			for (PartContext.Slot slot : stage.adds()) {
				if (!available.add(slot)) {
					throw new IllegalStateException(stage.name() + " adds " + slot + ", which a stage before it adds");
				}
			}
		}
		return List.copyOf(stages);
	}

}
