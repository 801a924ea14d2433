package io.directivegraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.directivegraph.extract.PartContext.Slot;
import io.directivegraph.extract.citation.Citation;
import io.directivegraph.extract.citation.CitationFinder;
import io.directivegraph.extract.citation.RelationFinder;
import io.directivegraph.extract.model.Extraction.Reference;
import io.directivegraph.extract.model.Extraction.Task;
import io.directivegraph.extract.structure.HeaderReader;
import io.directivegraph.extract.structure.Outline;
import io.directivegraph.extract.task.TaskFinder;
import io.directivegraph.extract.task.TaskTables;
import io.directivegraph.extract.text.Diacritics;
import io.directivegraph.extract.text.OcrRepairs;
import io.directivegraph.extract.text.SourceText;

/**
 * The stages of the extraction pipeline, in the order {@link Extractor} runs them. Each
 * wraps one finder of the sub-packages and says which slots of the {@link PartContext} it
 * reads and adds.
 */
final class Stages {

	private Stages() {
	}

	/** The header: {@link HeaderReader}. */
	record Headers(HeaderReader reader) implements Stage {

		@Override
		public Set<Slot> reads() {
			return EnumSet.noneOf(Slot.class);
		}

		@Override
		public Set<Slot> adds() {
			return EnumSet.of(Slot.HEADER);
		}

		@Override
		public void annotate(PartContext c) {
			c.header(this.reader.read(c.text, c.part, c.fileJurisdiction));
		}

	}

	/**
	 * The citations of the part: {@link CitationFinder}, in the header's jurisdiction.
	 */
	record Citations(CitationFinder finder) implements Stage {

		@Override
		public Set<Slot> reads() {
			return EnumSet.of(Slot.HEADER);
		}

		@Override
		public Set<Slot> adds() {
			return EnumSet.of(Slot.CITATIONS);
		}

		@Override
		public void annotate(PartContext c) {
			int start = c.text.lineStart(c.part.firstLine());
			int end = c.text.lineEnd(c.part.lastLine());
			c.citations(this.finder.find(c.text, start, end, c.header().jurisdiction()));
		}

	}

	/**
	 * The numbering of the lines ({@link Outline}) and the end of the preamble: the first
	 * numbered line after the title ("I. MỤC TIÊU").
	 */
	record Outlines() implements Stage {

		@Override
		public Set<Slot> reads() {
			return EnumSet.noneOf(Slot.class);
		}

		@Override
		public Set<Slot> adds() {
			return EnumSet.of(Slot.OUTLINE, Slot.PREAMBLE_END);
		}

		@Override
		public void annotate(PartContext c) {
			Outline outline = Outline.of(c.text, c.part);
			c.outline(outline);
			int preambleEnd = c.text.lineStart(c.part.titleLine());
			for (int line = c.part.titleLine(); line <= c.part.lastLine(); line++) {
				if (outline.path(line) != null) {
					preambleEnd = c.text.lineStart(line);
					break;
				}
			}
			c.preambleEnd(preambleEnd);
		}

	}

	/**
	 * The citations that are other documents: the document's own number is not a
	 * citation, in its header nor in the caption of its attachment ("Kèm theo Quyết định
	 * số 412/QĐ-TTg …"), unless it is another kind or another year's.
	 */
	record References() implements Stage {

		@Override
		public Set<Slot> reads() {
			return EnumSet.of(Slot.HEADER, Slot.CITATIONS);
		}

		@Override
		public Set<Slot> adds() {
			return EnumSet.of(Slot.REFERENCES);
		}

		@Override
		public void annotate(PartContext c) {
			HeaderReader.Header header = c.header();
			SourceText text = c.text;
			int titleEnd = text.lineEnd(Math.min(c.part.lastLine(), c.part.titleLine() + 1));
			String own = sameNumber(header.number());
			String ownYear = (header.issuedOn() != null && header.issuedOn().length() >= 4)
					? header.issuedOn().substring(0, 4) : null;
			c.references(c.citations()
				.stream()
				.filter((x) -> x.number() == null || own == null || !own.equals(sameNumber(x.number()))
						|| x.start() > titleEnd && !Objects.equals(x.kind(), header.kind())
						// "Kế hoạch số 20/KH-UBND ngày 10/01/2025" in the 20/KH-UBND of
						// 2026.
						|| x.issuedOn() != null && ownYear != null && !x.issuedOn().startsWith(ownYear))
				.map((x) -> reference(text, x, header.jurisdiction()))
				.toList());
		}

		private static Reference reference(SourceText text, Citation c, String documentJurisdiction) {
			String jurisdiction = c.national() ? null : (c.province() != null) ? c.province() : documentJurisdiction;
			int line = text.lineOf(c.start());
			return new Reference(c.kind(), c.number(), c.name(), c.issuedOn(), c.issuer(), jurisdiction, c.title(),
					line, c.informal(), text.footnoteCitedAt(line));
		}

		/**
		 * A number without the year a State number may carry ({@code 14/2026/NQ-CP} is
		 * 14/NQ-CP).
		 */
		private static String sameNumber(String number) {
			return (number == null) ? null : number.replaceFirst("^([^/]+)/(?:19|20)\\d{2}/", "$1/");
		}

	}

	/** The relations cue words state before citations: {@link RelationFinder}. */
	record Relations(RelationFinder finder) implements Stage {

		@Override
		public Set<Slot> reads() {
			return EnumSet.of(Slot.HEADER, Slot.CITATIONS, Slot.PREAMBLE_END);
		}

		@Override
		public Set<Slot> adds() {
			return EnumSet.of(Slot.RELATIONS);
		}

		@Override
		public void annotate(PartContext c) {
			c.relations(this.finder.find(c.text, c.citations(), c.preambleEnd(), c.header().number(),
					!TaskFinder.softBlankLines(c.text, c.part)));
		}

	}

	/** The tasks of task tables and the lines the tables take: {@link TaskTables}. */
	record Tables(TaskTables finder) implements Stage {

		@Override
		public Set<Slot> reads() {
			return EnumSet.of(Slot.HEADER, Slot.OUTLINE);
		}

		@Override
		public Set<Slot> adds() {
			return EnumSet.of(Slot.TABLE_TASKS);
		}

		@Override
		public void annotate(PartContext c) {
			BitSet lines = new BitSet();
			List<Task> tasks = this.finder.find(c.text, c.part, c.outline(), lines, c.header().jurisdiction());
			c.tableTasks(tasks, lines);
		}

	}

	/**
	 * The tasks of the text outside tables ({@link TaskFinder}), read with the citations
	 * blanked (their dates are not deadlines), and those of the tables, in line order.
	 */
	record Tasks(TaskFinder finder) implements Stage {

		@Override
		public Set<Slot> reads() {
			return EnumSet.of(Slot.HEADER, Slot.CITATIONS, Slot.OUTLINE, Slot.TABLE_TASKS);
		}

		@Override
		public Set<Slot> adds() {
			return EnumSet.of(Slot.TASKS);
		}

		@Override
		public void annotate(PartContext c) {
			List<Task> tasks = new ArrayList<>(c.tableTasks());
			c.masked.blank(c.citations());
			try {
				tasks.addAll(this.finder.find(c.text, c.masked, c.part, c.outline(), "REPORT".equals(c.header().kind()),
						c.tableLines(), c.header().jurisdiction()));
			}
			finally {
				c.masked.clear(c.citations());
			}
			tasks.sort(Comparator.comparingInt(Task::line));
			c.tasks(this.finder.ofItsLevel(tasks, c.header().jurisdiction()));
		}

	}

	/**
	 * What the product shows of a text that lost its diacritics (OCR, or typed without
	 * them): the document's title, and each task's title and section, restored by
	 * {@link Diacritics} after the OCR repairs; what was written is kept beside the
	 * title. A text with its diacritics is shown as written.
	 */
	record Restoration(OcrRepairs repairs, TaskFinder finder) implements Stage {

		@Override
		public Set<Slot> reads() {
			return EnumSet.of(Slot.HEADER, Slot.TASKS);
		}

		@Override
		public Set<Slot> adds() {
			return EnumSet.of(Slot.SHOWN);
		}

		@Override
		public void annotate(PartContext c) {
			String documentTitle = c.header().title();
			if (c.text.hasDiacritics()) {
				c.shown(new PartContext.Shown(documentTitle, null, c.tasks()));
				return;
			}
			Diacritics model = Diacritics.defaults();
			// Text typed without any mark is read as such; a scan that kept some marks
			// (often wrong ones) is read through the OCR confusions.
			boolean typed = !c.text.scanned();
			java.util.function.UnaryOperator<String> restore = (s) -> (s == null) ? null
					: typed ? model.restore(s) : model.restoreDamaged(s, this.repairs);
			java.util.Map<String, String> sections = new java.util.HashMap<>();
			List<Task> tasks = new ArrayList<>();
			for (Task task : c.tasks()) {
				String section = (task.section() == null) ? null : sections.computeIfAbsent(task.section(), restore);
				String title = restore.apply(task.title());
				Task restored = task.restored(title, section, this.finder.outputOf(title));
				// A lead outside the gazetteer is kept as written: shown restored too.
				tasks.add((!task.leadKnown() && task.lead() != null) ? restored.withLead(restore.apply(task.lead()))
						: restored);
			}
			String restored = restore.apply(documentTitle);
			c.shown(new PartContext.Shown(restored, Objects.equals(restored, documentTitle) ? null : documentTitle,
					tasks));
		}

	}

}
