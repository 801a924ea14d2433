package io.directivegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.directivegraph.extract.model.Extraction.DocumentExtraction;
import io.directivegraph.extract.model.Extraction.Header;
import io.directivegraph.extract.model.Extraction.Reference;
import io.directivegraph.extract.model.Extraction.Relation;
import io.directivegraph.extract.model.Extraction.Source;
import io.directivegraph.extract.model.Extraction.Task;
import io.directivegraph.extract.agency.AgencyResolver;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.citation.Citation;
import io.directivegraph.extract.citation.CitationFinder;
import io.directivegraph.extract.citation.DocumentKinds;
import io.directivegraph.extract.citation.Provinces;
import io.directivegraph.extract.citation.RelationFinder;
import io.directivegraph.extract.structure.HeaderReader;
import io.directivegraph.extract.structure.Outline;
import io.directivegraph.extract.structure.Part;
import io.directivegraph.extract.structure.PartSplitter;
import io.directivegraph.extract.task.TaskFinder;
import io.directivegraph.extract.task.TaskTables;
import io.directivegraph.extract.text.OcrRepairs;
import io.directivegraph.extract.text.SourceText;
import io.directivegraph.extract.text.TextDecoder;
import io.directivegraph.extract.model.Extraction;

/**
 * The extraction pipeline: decode and normalise the text, split a compilation into its
 * documents, then for each read its header, citations, relations and tasks. Pure Java,
 * deterministic, thread-safe once built: rules and word lists come from data files
 * ({@code extract/*.tsv}, the agency gazetteer).
 */
public final class Extractor {

	private final OcrRepairs repairs;

	private final DocumentKinds kinds;

	private final Provinces provinces;

	private final CitationFinder citations;

	private final RelationFinder relations = new RelationFinder();

	private final HeaderReader headers;

	private final TaskFinder tasks;

	private final TaskTables tables;

	private final PartSplitter parts = new PartSplitter();

	public Extractor(Gazetteer gazetteer, OcrRepairs repairs) {
		AgencyResolver agencies = new AgencyResolver(gazetteer);
		this.repairs = repairs;
		this.kinds = DocumentKinds.defaults();
		this.provinces = Provinces.defaults();
		this.citations = new CitationFinder(this.kinds, agencies, this.provinces);
		this.headers = new HeaderReader(this.kinds, agencies, this.provinces, this.citations);
		this.tasks = new TaskFinder(agencies, this.kinds, this.provinces);
		this.tables = new TaskTables(agencies, this.kinds, this.provinces);
	}

	/** The extractor with the packaged gazetteer and rules. */
	public static Extractor defaults() {
		return new Extractor(Gazetteer.defaults(), OcrRepairs.defaults());
	}

	public Extraction extract(String fileName, byte[] bytes) {
		TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
		Source source = new Source(fileName, sha256(bytes), decoded.text().length(), decoded.encoding());
		List<String> warnings = new ArrayList<>();
		if (decoded.text().isBlank()) {
			warnings.add(fileName + ": empty, no documents");
			return new Extraction(source, List.of(), warnings);
		}
		SourceText text = SourceText.of(decoded.text(), this.repairs);
		return new Extraction(source, extract(text), warnings);
	}

	List<DocumentExtraction> extract(SourceText text) {
		String fileJurisdiction = this.provinces
			.first(text.folded().substring(0, text.lineEnd(Math.min(text.lineCount(), 60))))
			.map(Map.Entry::getValue)
			.orElse(null);
		List<DocumentExtraction> documents = new ArrayList<>();
		MaskedText masked = new MaskedText(text.folded());
		for (Part part : this.parts.split(text)) {
			HeaderReader.Header header = this.headers.read(text, part, fileJurisdiction);
			int start = text.lineStart(part.firstLine());
			int end = text.lineEnd(part.lastLine());
			List<Citation> found = this.citations.find(text, start, end, header.jurisdiction());
			Outline outline = Outline.of(text, part);
			int preambleEnd = preambleEnd(text, part, outline);
			// The document's own number in its header is not a citation.
			int titleEnd = text.lineEnd(Math.min(part.lastLine(), part.titleLine() + 1));
			// The document's own number is not a citation: in its header, nor in the
			// caption of its attachment
			// ("Kèm theo Quyết định số 412/QĐ-TTg …").
			String own = sameNumber(header.number());
			String ownYear = (header.issuedOn() != null && header.issuedOn().length() >= 4)
					? header.issuedOn().substring(0, 4) : null;
			List<Reference> references = found.stream()
				.filter((c) -> c.number() == null || own == null || !own.equals(sameNumber(c.number()))
						|| c.start() > titleEnd && !java.util.Objects.equals(c.kind(), header.kind())
						// "Kế hoạch số 20/KH-UBND ngày 10/01/2025" in the 20/KH-UBND of
						// 2026.
						|| c.issuedOn() != null && ownYear != null && !c.issuedOn().startsWith(ownYear))
				.map((c) -> reference(text, c, header.jurisdiction()))
				.toList();
			List<Relation> relations = this.relations.find(text, found, preambleEnd, header.number(),
					!TaskFinder.softBlankLines(text, part));
			java.util.BitSet tableLines = new java.util.BitSet();
			List<Task> taskList = new ArrayList<>(
					this.tables.find(text, part, outline, tableLines, header.jurisdiction()));
			masked.blank(found);
			taskList.addAll(this.tasks.find(text, masked, part, outline, "REPORT".equals(header.kind()), tableLines,
					header.jurisdiction()));
			masked.clear(found);
			taskList.sort(java.util.Comparator.comparingInt(Task::line));
			documents.add(new DocumentExtraction(new Header(header.kind(), header.number(), header.issuedOn(),
					header.issuer(), header.jurisdiction(), header.title(), header.signer(),
					List.of(part.firstLine(), part.lastLine())), references, relations, taskList));
		}
		return documents;
	}

	/**
	 * The folded text with the citations of one part blanked (line breaks kept): dates
	 * inside citations are not deadlines. A view, not a copy: a bit per character says
	 * what is blanked, and is cleared before the next part.
	 */
	private static final class MaskedText implements CharSequence {

		private final String folded;

		private final java.util.BitSet blanked = new java.util.BitSet();

		MaskedText(String folded) {
			this.folded = folded;
		}

		void blank(List<Citation> citations) {
			for (Citation c : citations) {
				this.blanked.set(c.start(), c.end());
			}
		}

		void clear(List<Citation> citations) {
			for (Citation c : citations) {
				this.blanked.clear(c.start(), c.end());
			}
		}

		@Override
		public int length() {
			return this.folded.length();
		}

		@Override
		public char charAt(int index) {
			char c = this.folded.charAt(index);
			return (c != '\n' && this.blanked.get(index)) ? ' ' : c;
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			int blank = this.blanked.nextSetBit(start);
			if (blank < 0 || blank >= end) {
				return this.folded.substring(start, end);
			}
			char[] chars = new char[end - start];
			for (int i = start; i < end; i++) {
				chars[i - start] = charAt(i);
			}
			return new String(chars);
		}

		@Override
		public String toString() {
			return subSequence(0, length()).toString();
		}

	}

	/** The title and preamble end at the first Roman-numbered part ("I. MỤC TIÊU"). */
	private static int preambleEnd(SourceText text, Part part, Outline outline) {
		for (int line = part.titleLine(); line <= part.lastLine(); line++) {
			String path = outline.path(line);
			if (path != null) {
				return text.lineStart(line);
			}
		}
		return text.lineStart(part.titleLine());
	}

	private static Reference reference(SourceText text, Citation c, String documentJurisdiction) {
		String jurisdiction = c.national() ? null : (c.province() != null) ? c.province() : documentJurisdiction;
		int line = text.lineOf(c.start());
		return new Reference(c.kind(), c.number(), c.name(), c.issuedOn(), c.issuer(), jurisdiction, c.title(), line,
				c.informal(), text.footnoteCitedAt(line));
	}

	/**
	 * A number without the year a State number may carry ({@code 14/2026/NQ-CP} is
	 * 14/NQ-CP).
	 */
	private static String sameNumber(String number) {
		return (number == null) ? null : number.replaceFirst("^([^/]+)/(?:19|20)\\d{2}/", "$1/");
	}

	private static String sha256(byte[] bytes) {
		return io.directivegraph.extract.text.Sha256.hex(bytes);
	}

}
