package io.directivegraph.extract.model;

import java.util.List;

/**
 * The extraction JSON of CONTRACT.md: what one source file says, as records. Every fact
 * carries the 1-based line of the source it was read from.
 *
 * @param source the file read
 * @param documents one per document in the file (a compilation holds several)
 * @param warnings problems worth telling the user that did not stop the extraction
 */
public record Extraction(Source source, List<DocumentExtraction> documents, List<String> warnings) {

	/**
	 * The file read: its name, SHA-256 of its bytes, its length in characters after
	 * decoding, its encoding (or the format its text was read from), its media type as
	 * detected from its content, and the line each of its pages starts on (a PDF; empty
	 * otherwise): a fact's line gives its page ({@link #pageOf(int)}); the pages read by
	 * OCR (a scan) rather than from a text layer.
	 */
	public record Source(String file, String sha256, int chars, String encoding, String format, List<Integer> pages,
			List<Integer> ocrPages) {

		public Source {
			// An extraction written before pages were recorded reads back without them.
			pages = (pages != null) ? List.copyOf(pages) : List.of();
			ocrPages = (ocrPages != null) ? List.copyOf(ocrPages) : List.of();
		}

		/** A text source (its format text/plain, no pages). */
		public Source(String file, String sha256, int chars, String encoding) {
			this(file, sha256, chars, encoding, "text/plain", List.of(), List.of());
		}

		/** A source with pages, none of them read by OCR. */
		public Source(String file, String sha256, int chars, String encoding, String format, List<Integer> pages) {
			this(file, sha256, chars, encoding, format, pages, List.of());
		}

		/**
		 * The page a line (1-based) is on, or null when the source has no pages (text, a
		 * Word file).
		 */
		public Integer pageOf(int line) {
			Integer page = null;
			for (int i = 0; i < this.pages.size() && this.pages.get(i) <= line; i++) {
				page = i + 1;
			}
			return page;
		}

	}

	/**
	 * One document: its header, the documents it cites, relations between them, and the
	 * tasks it assigns.
	 */
	public record DocumentExtraction(Header document, List<Reference> references, List<Relation> relations,
			List<Task> tasks) {
	}

	/**
	 * Identity and metadata of a document.
	 *
	 * @param lines first and last line of the document in the source file
	 * @param titleAsWritten the title as the source writes it, when {@code title} is a
	 * restoration of it (text that lost its diacritics); null when they are the same
	 * @param issuedOnInferred when the text gives no full issue date: the day its tasks
	 * count from, inferred from what the text says (IssueDates), else null
	 * @param issuedOnBasis what that inference rests on (HEADER_MONTH, HEADER_YEAR,
	 * TITLE_YEAR, LATEST_CITED), else null
	 * @param page the page the document starts on (a PDF), else null
	 */
	public record Header(String kind, String number, String issuedOn, String issuer, String jurisdiction, String title,
			String signer, List<Integer> lines, String titleAsWritten, String issuedOnInferred, String issuedOnBasis,
			Integer page) {

		/** A header without its page. */
		public Header(String kind, String number, String issuedOn, String issuer, String jurisdiction, String title,
				String signer, List<Integer> lines, String titleAsWritten, String issuedOnInferred,
				String issuedOnBasis) {
			this(kind, number, issuedOn, issuer, jurisdiction, title, signer, lines, titleAsWritten, issuedOnInferred,
					issuedOnBasis, null);
		}

		/** The header with the page of its first line. */
		public Header onPage(Integer page) {
			return new Header(this.kind, this.number, this.issuedOn, this.issuer, this.jurisdiction, this.title,
					this.signer, this.lines, this.titleAsWritten, this.issuedOnInferred, this.issuedOnBasis, page);
		}

		/** A header whose issue date is the one written, if any. */
		public Header(String kind, String number, String issuedOn, String issuer, String jurisdiction, String title,
				String signer, List<Integer> lines, String titleAsWritten) {
			this(kind, number, issuedOn, issuer, jurisdiction, title, signer, lines, titleAsWritten, null, null);
		}

		/** A header whose title is as written. */
		public Header(String kind, String number, String issuedOn, String issuer, String jurisdiction, String title,
				String signer, List<Integer> lines) {
			this(kind, number, issuedOn, issuer, jurisdiction, title, signer, lines, null, null, null);
		}

	}

	/**
	 * A citation of another document.
	 *
	 * @param name the canonical name of an unnumbered document (a Party Congress
	 * resolution, a master plan)
	 * @param informal a short reference such as "Đề án 06" whose number is not a full
	 * symbol
	 * @param page the page of {@code line} (a PDF), else null
	 */
	public record Reference(String kind, String number, String name, String issuedOn, String issuer,
			String jurisdiction, String title, int line, boolean informal, Integer citedAt, Integer page) {

		/** A citation without its page. */
		public Reference(String kind, String number, String name, String issuedOn, String issuer, String jurisdiction,
				String title, int line, boolean informal, Integer citedAt) {
			this(kind, number, name, issuedOn, issuer, jurisdiction, title, line, informal, citedAt, null);
		}

		/** The citation with its page. */
		public Reference onPage(Integer page) {
			return new Reference(this.kind, this.number, this.name, this.issuedOn, this.issuer, this.jurisdiction,
					this.title, this.line, this.informal, this.citedAt, page);
		}

	}

	/**
	 * {@code from} and {@code to} are {@code SELF}, a canonical number, or the name of an
	 * unnumbered document.
	 */
	public record Relation(String from, String type, String to, int line, Integer page) {

		/** A relation without its page. */
		public Relation(String from, String type, String to, int line) {
			this(from, type, to, line, null);
		}

		/** The relation with the page of its line (a PDF). */
		public Relation onPage(Integer page) {
			return new Relation(this.from, this.type, this.to, this.line, page);
		}

	}

	/**
	 * An obligation: who leads, who coordinates, by when.
	 *
	 * @param leadKnown false when the lead was recognised as an agency but is not in the
	 * gazetteer, or is one of another level than the document can name without saying
	 * where (a "Sở Y tế" in a Government resolution)
	 * @param leadJurisdiction the lead's province when the text names one other than the
	 * document's ("Ủy ban nhân dân tỉnh Quảng Ninh" in a national document); null for the
	 * document's own
	 * @param titleAsWritten the title as the source writes it, when {@code title} is a
	 * restoration of it (text that lost its diacritics); null when they are the same
	 * @param page the page of {@code line} (a PDF), else null
	 * @param lastLine the last line of the text the task was read from ({@code line} the
	 * first), so that a reader can be shown all of it; null when not known
	 */
	public record Task(String title, String lead, boolean leadKnown, String leadJurisdiction, List<String> coordinating,
			Due due, String recurrence, String output, String section, int line, String titleAsWritten, Integer page,
			Integer lastLine) {

		/** A task without its page and last line. */
		public Task(String title, String lead, boolean leadKnown, String leadJurisdiction, List<String> coordinating,
				Due due, String recurrence, String output, String section, int line, String titleAsWritten) {
			this(title, lead, leadKnown, leadJurisdiction, coordinating, due, recurrence, output, section, line,
					titleAsWritten, null, null);
		}

		/** A task whose title is as written. */
		public Task(String title, String lead, boolean leadKnown, String leadJurisdiction, List<String> coordinating,
				Due due, String recurrence, String output, String section, int line) {
			this(title, lead, leadKnown, leadJurisdiction, coordinating, due, recurrence, output, section, line, null);
		}

		/** The task with the page of its line (a PDF). */
		public Task onPage(Integer page) {
			return new Task(this.title, this.lead, this.leadKnown, this.leadJurisdiction, this.coordinating, this.due,
					this.recurrence, this.output, this.section, this.line, this.titleAsWritten, page, this.lastLine);
		}

		/** The task read from its line through {@code last} (never before its first). */
		public Task through(int last) {
			return new Task(this.title, this.lead, this.leadKnown, this.leadJurisdiction, this.coordinating, this.due,
					this.recurrence, this.output, this.section, this.line, this.titleAsWritten, this.page,
					Math.max(last, this.line));
		}

		/** The task with its lead's name as shown (an unknown lead restored). */
		public Task withLead(String shownLead) {
			return new Task(this.title, shownLead, this.leadKnown, this.leadJurisdiction, this.coordinating, this.due,
					this.recurrence, this.output, this.section, this.line, this.titleAsWritten, this.page,
					this.lastLine);
		}

		/**
		 * The task with its title and section restored, the title as written kept, and
		 * its product if the restored title names it and the clause did not.
		 */
		public Task restored(String title, String section, String output) {
			return new Task(title, this.lead, this.leadKnown, this.leadJurisdiction, this.coordinating, this.due,
					this.recurrence, (this.output != null) ? this.output : output, section, this.line,
					java.util.Objects.equals(title, this.title) ? this.titleAsWritten : this.title, this.page,
					this.lastLine);
		}

	}

	/**
	 * A deadline: the period named (at most one of quarter, month, day) and its last day.
	 */
	public record Due(int year, Integer quarter, Integer month, String day, String deadline) {
	}

}
