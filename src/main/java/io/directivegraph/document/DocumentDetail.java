package io.directivegraph.document;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One document in full: where it is stated or cited, what it implements, what implements
 * it, and its tasks. Fields as {@link DocumentSummary}, plus:
 *
 * @param titleAsWritten the title as written when {@code title} was restored (text that
 * lost its diacritics), else null
 * @param signer who signed it, as written
 * @param sources the files and lines that state or cite it
 * @param implementsDocuments what it implements, guides, is based on, amends or
 * supersedes (JSON {@code implements})
 * @param implementedBy the documents that do so to it
 * @param tasks its tasks in the order of the text
 */
public record DocumentDetail(String id, String kind, String number, String name, String issuedOn, String issuer,
		String jurisdiction, String title, String titleAsWritten, String signer, Boolean hasText, List<Source> sources,
		@JsonProperty("implements") List<Related> implementsDocuments, List<Related> implementedBy, List<Task> tasks) {

	/**
	 * A file that states ({@code STATES}) or cites ({@code CITES}) the document, and the
	 * line.
	 */
	public record Source(String file, Long line, String kind) {
	}

	/** A related document and the relation, e.g. {@code IMPLEMENTS}. */
	public record Related(String id, String kind, String number, String title, String relation) {
	}

	/**
	 * One of its tasks: the lead agency's name, the deadline YYYY-MM-DD, the first and
	 * last line of its text.
	 */
	public record Task(String id, String title, String lead, String deadline, Long line, Long lastLine) {
	}

}
