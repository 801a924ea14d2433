package io.directivegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.directivegraph.extract.model.Extraction.DocumentExtraction;
import io.directivegraph.extract.model.Extraction.Header;
import io.directivegraph.extract.model.Extraction.Source;
import io.directivegraph.extract.agency.AgencyResolver;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.citation.CitationFinder;
import io.directivegraph.extract.citation.DocumentKinds;
import io.directivegraph.extract.citation.Provinces;
import io.directivegraph.extract.citation.RelationFinder;
import io.directivegraph.extract.format.DocumentFormats;
import io.directivegraph.extract.format.Ocr;
import io.directivegraph.extract.structure.HeaderReader;
import io.directivegraph.extract.structure.IssueDates;
import io.directivegraph.extract.structure.Part;
import io.directivegraph.extract.structure.PartSplitter;
import io.directivegraph.extract.task.TaskFinder;
import io.directivegraph.extract.task.TaskTables;
import io.directivegraph.extract.text.OcrRepairs;
import io.directivegraph.extract.text.SourceText;
import io.directivegraph.extract.text.TextDecoder;
import io.directivegraph.extract.model.Extraction;
import io.directivegraph.extract.structure.IssueDates;

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

	/**
	 * The stages run on each part, in order (checked: each reads what earlier ones add).
	 */
	private final List<Stage> stages;

	private final Ocr ocr;

	public Extractor(Gazetteer gazetteer, OcrRepairs repairs) {
		this(gazetteer, repairs, Ocr.defaults());
	}

	/**
	 * @param ocr how scanned PDF pages are read (Tesseract), or null to refuse them
	 */
	public Extractor(Gazetteer gazetteer, OcrRepairs repairs, Ocr ocr) {
		this.ocr = ocr;
		AgencyResolver agencies = new AgencyResolver(gazetteer);
		this.repairs = repairs;
		this.kinds = DocumentKinds.defaults();
		this.provinces = Provinces.defaults();
		this.citations = new CitationFinder(this.kinds, agencies, this.provinces);
		this.headers = new HeaderReader(this.kinds, agencies, this.provinces, this.citations);
		this.tasks = new TaskFinder(agencies, this.kinds, this.provinces);
		this.tables = new TaskTables(agencies, this.kinds, this.provinces);
		this.stages = Stage.check(
				List.of(new Stages.Headers(this.headers), new Stages.Citations(this.citations), new Stages.Outlines(),
						new Stages.References(), new Stages.Relations(this.relations), new Stages.Tables(this.tables),
						new Stages.Tasks(this.tasks), new Stages.Restoration(this.repairs, this.tasks)));
	}

	/** The extractor with the packaged gazetteer and rules. */
	public static Extractor defaults() {
		return new Extractor(Gazetteer.defaults(), OcrRepairs.defaults());
	}

	/**
	 * The text the extraction reads from a file (its lines are the lines facts are traced
	 * to): decoded text, a PDF's text layer or its pages' OCR, a Word file's paragraphs.
	 * @throws io.directivegraph.extract.text.UndecodableTextException when the file
	 * cannot be read
	 */
	public String text(String fileName, byte[] bytes) {
		DocumentFormats.Read read = DocumentFormats.read(bytes, fileName, this.ocr);
		return (read.text() != null) ? read.text() : TextDecoder.decode(bytes).text();
	}

	public Extraction extract(String fileName, byte[] bytes) {
		// What the file is, by its content: a PDF's text layer and a Word file are read
		// to text here; anything else but text is refused with the reason.
		DocumentFormats.Read read = DocumentFormats.read(bytes, fileName, this.ocr);
		TextDecoder.Decoded decoded = (read.text() != null) ? new TextDecoder.Decoded(read.text(), read.format().name())
				: TextDecoder.decode(bytes);
		Source source = (read.text() != null)
				? new Source(fileName, sha256(bytes), decoded.text().length(), "UTF-8", read.mediaType(), read.pages(),
						read.ocrPages())
				: new Source(fileName, sha256(bytes), decoded.text().length(), decoded.encoding());
		List<String> warnings = new ArrayList<>();
		read.warnings().forEach((w) -> warnings.add(fileName + ": " + w));
		if (decoded.text().isBlank()) {
			warnings.add(fileName + ": tệp rỗng, không có văn bản nào (empty, no documents)");
			return new Extraction(source, List.of(), warnings);
		}
		SourceText text = SourceText.of(decoded.text(), this.repairs);
		List<DocumentExtraction> documents = extract(text);
		return new Extraction(source, source.pages().isEmpty() ? documents : paged(documents, source), warnings);
	}

	/** Every fact with the page its line is on: a PDF's provenance is page and line. */
	private static List<DocumentExtraction> paged(List<DocumentExtraction> documents, Source source) {
		return documents.stream()
			.map((d) -> new DocumentExtraction(
					d.document()
						.onPage(d.document().lines().isEmpty() ? null : source.pageOf(d.document().lines().get(0))),
					d.references().stream().map((r) -> r.onPage(source.pageOf(r.line()))).toList(),
					d.relations().stream().map((r) -> r.onPage(source.pageOf(r.line()))).toList(),
					d.tasks().stream().map((t) -> t.onPage(source.pageOf(t.line()))).toList()))
			.toList();
	}

	List<DocumentExtraction> extract(SourceText text) {
		String fileJurisdiction = this.provinces
			.first(text.folded().substring(0, text.lineEnd(Math.min(text.lineCount(), 60))))
			.map(Map.Entry::getValue)
			.orElse(null);
		List<DocumentExtraction> documents = new ArrayList<>();
		MaskedText masked = new MaskedText(text.folded());
		for (Part part : this.parts.split(text)) {
			PartContext context = new PartContext(text, part, fileJurisdiction, masked);
			for (Stage stage : this.stages) {
				context.run(stage);
			}
			HeaderReader.Header header = context.header();
			PartContext.Shown shown = context.shown();
			IssueDates.Inferred inferred = IssueDates.infer(header.issuedOn(), shown.title(), context.references());
			documents.add(new DocumentExtraction(new Header(header.kind(), header.number(), header.issuedOn(),
					header.issuer(), header.jurisdiction(), shown.title(), header.signer(),
					List.of(part.firstLine(), part.lastLine()), shown.titleAsWritten(),
					(inferred != null) ? inferred.date() : null, (inferred != null) ? inferred.basis().name() : null),
					context.references(), context.relations(), shown.tasks()));
		}
		return documents;
	}

	private static String sha256(byte[] bytes) {
		return io.directivegraph.extract.text.Sha256.hex(bytes);
	}

}
