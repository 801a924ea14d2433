package io.directivegraph.extract;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.directivegraph.extract.citation.Citation;
import io.directivegraph.extract.model.Extraction.Reference;
import io.directivegraph.extract.model.Extraction.Relation;
import io.directivegraph.extract.model.Extraction.Task;
import io.directivegraph.extract.structure.HeaderReader;
import io.directivegraph.extract.structure.Outline;
import io.directivegraph.extract.structure.Part;
import io.directivegraph.extract.text.SourceText;

/**
 * What the pipeline knows of one part of a file (one document of a compilation), as
 * CoreNLP's annotation of a text: the text, the part and the file's jurisdiction to start
 * with, then one {@link Slot} per thing a {@link Stage} adds. A stage reads and adds only
 * the slots it declares: the context refuses any other, so what a stage depends on is
 * what it says, and the order of the stages is checked when the pipeline is built
 * ({@link Stage#check}).
 */
final class PartContext {

	/** What stages add, each once. */
	enum Slot {

		/** The header: kind, number, date, issuer, jurisdiction, title, signer. */
		HEADER,
		/** Every citation in the part, in text order, with its offsets. */
		CITATIONS,
		/** The numbering of the part's lines (I., 1., a), …). */
		OUTLINE,
		/** Where the title and preamble end. */
		PREAMBLE_END,
		/** The citations that are other documents (not this one's own number). */
		REFERENCES,
		/** The relations the cues state. */
		RELATIONS,
		/** The tasks read from task tables, and the lines those tables take. */
		TABLE_TASKS,
		/** Every task of the part, in line order. */
		TASKS,
		/** The title and tasks as shown: restored when the text lost its diacritics. */
		SHOWN

	}

	/**
	 * The document's title and its tasks as the product shows them.
	 *
	 * @param title the title, restored when the text lost its diacritics
	 * @param titleAsWritten the title as written when it differs, else null
	 * @param tasks the tasks, their titles and sections restored likewise
	 */
	record Shown(String title, String titleAsWritten, List<Task> tasks) {
	}

	final SourceText text;

	final Part part;

	/** The jurisdiction the file's opening names, or null. */
	final String fileJurisdiction;

	/**
	 * The folded text of the file, a view in which a stage may blank what it must not
	 * read (citations, for the task stage: their dates are not deadlines).
	 */
	final MaskedText masked;

	private final EnumSet<Slot> filled = EnumSet.noneOf(Slot.class);

	private Stage current;

	private HeaderReader.Header header;

	private List<Citation> citations;

	private Outline outline;

	private int preambleEnd;

	private List<Reference> references;

	private List<Relation> relations;

	private List<Task> tableTasks;

	private BitSet tableLines;

	private List<Task> tasks;

	private Shown shown;

	PartContext(SourceText text, Part part, String fileJurisdiction, MaskedText masked) {
		this.text = text;
		this.part = part;
		this.fileJurisdiction = fileJurisdiction;
		this.masked = masked;
	}

	/** Runs a stage on this part, holding it to what it declares. */
	void run(Stage stage) {
		this.current = stage;
		try {
			stage.annotate(this);
		}
		finally {
			this.current = null;
		}
		EnumSet<Slot> missing = EnumSet.copyOf(stage.adds());
		missing.removeAll(this.filled);
		if (!missing.isEmpty()) {
			throw new IllegalStateException(stage.name() + " declares " + missing + " but did not add it");
		}
	}

	HeaderReader.Header header() {
		read(Slot.HEADER);
		return this.header;
	}

	void header(HeaderReader.Header header) {
		add(Slot.HEADER);
		this.header = header;
	}

	List<Citation> citations() {
		read(Slot.CITATIONS);
		return this.citations;
	}

	void citations(List<Citation> citations) {
		add(Slot.CITATIONS);
		this.citations = citations;
	}

	Outline outline() {
		read(Slot.OUTLINE);
		return this.outline;
	}

	void outline(Outline outline) {
		add(Slot.OUTLINE);
		this.outline = outline;
	}

	int preambleEnd() {
		read(Slot.PREAMBLE_END);
		return this.preambleEnd;
	}

	void preambleEnd(int offset) {
		add(Slot.PREAMBLE_END);
		this.preambleEnd = offset;
	}

	List<Reference> references() {
		read(Slot.REFERENCES);
		return this.references;
	}

	void references(List<Reference> references) {
		add(Slot.REFERENCES);
		this.references = references;
	}

	List<Relation> relations() {
		read(Slot.RELATIONS);
		return this.relations;
	}

	void relations(List<Relation> relations) {
		add(Slot.RELATIONS);
		this.relations = relations;
	}

	List<Task> tableTasks() {
		read(Slot.TABLE_TASKS);
		return this.tableTasks;
	}

	BitSet tableLines() {
		read(Slot.TABLE_TASKS);
		return this.tableLines;
	}

	void tableTasks(List<Task> tasks, BitSet lines) {
		add(Slot.TABLE_TASKS);
		this.tableTasks = tasks;
		this.tableLines = lines;
	}

	List<Task> tasks() {
		read(Slot.TASKS);
		return this.tasks;
	}

	void tasks(List<Task> tasks) {
		add(Slot.TASKS);
		this.tasks = tasks;
	}

	Shown shown() {
		read(Slot.SHOWN);
		return this.shown;
	}

	void shown(Shown shown) {
		add(Slot.SHOWN);
		this.shown = shown;
	}

	private void read(Slot slot) {
		if (this.current != null && !this.current.reads().contains(slot) && !this.current.adds().contains(slot)) {
			throw new IllegalStateException(this.current.name() + " reads " + slot + " without declaring it");
		}
		if (!this.filled.contains(slot)) {
			throw new IllegalStateException(slot + " read before any stage added it");
		}
	}

	private void add(Slot slot) {
		if (this.current != null && !this.current.adds().contains(slot)) {
			throw new IllegalStateException(this.current.name() + " adds " + slot + " without declaring it");
		}
		if (!this.filled.add(slot)) {
			throw new IllegalStateException(slot + " added twice");
		}
	}

}
