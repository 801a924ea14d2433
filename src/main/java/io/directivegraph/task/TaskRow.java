package io.directivegraph.task;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A task with its status on a day.
 *
 * @param id its id, {@code <document id>.t<hash of its title and lead>}: the same task
 * read from two copies of its document has one id
 * @param title its title: as written, or restored when its text lost its diacritics
 * @param titleAsWritten the title as written when it was restored, else null
 * @param lead the lead agency, null when the text names none (or none surely)
 * @param coordinating the agencies that coordinate
 * @param due the deadline as written: year, quarter, month, day (null parts not given)
 * @param deadline the last day, YYYY-MM-DD (DOMAIN.md: deadline forms)
 * @param completedOn the day it was done, if known on the day asked
 * @param fulfilledBy the document that fulfilled it, if known on the day asked
 * @param document the document that assigns it
 * @param jurisdiction that document's jurisdiction
 * @param evidence the evidence of a completion recorded by hand
 * @param recorded who recorded the last change by hand, and when (UTC)
 * @param source the file it was read from
 * @param line the line of that file
 * @param lastLine the last line of the text the task was read from (null when the ingest
 * that stored it did not record it)
 * @param section the section of the document it is in
 * @param readings what each source that states it says (file, line, lead as named,
 * deadline read): two copies of a document give two readings of one task
 * @param responsible who is responsible for it on the day asked when that is not the lead
 * named in its document: the agency that succeeded the lead (the 2025 mergers), with the
 * day it did; null otherwise
 * @param conflicts what the readings disagree on ({@code lead}, {@code deadline}); empty
 * when they agree. The task's lead and deadline are those of one reading (a known lead
 * first, then the copy typed rather than restored, then by file name)
 * @param status its status on the day asked; null when its document was not issued yet
 */
public record TaskRow(String id, String title, String titleAsWritten, Agency lead, List<Agency> coordinating, Due due,
		String deadline, String completedOn, Fulfilment fulfilledBy, DocumentRef document, String jurisdiction,
		String evidence, Recorded recorded, String source, Long line, Long lastLine, String section,
		Successor responsible, List<Reading> readings, List<String> conflicts, TaskStatus status) {

	/** The agency that succeeded another, from a day (YYYY-MM-DD). */
	public record Successor(String id, String name, String on) {
	}

	/**
	 * One source's reading of the task: the file, its first and last line and (a PDF) the
	 * page it starts on, the lead as that copy names it and the deadline it gives.
	 */
	public record Reading(String file, Long line, Long lastLine, Long page, String lead, String deadline) {
	}

	/** An agency by id and name. */
	public record Agency(String id, String name) {
	}

	/**
	 * The deadline as the text gives it; the parts it does not give are null. {@code day}
	 * is the day itself (YYYY-MM-DD) when the text names one ("trước ngày 31/3/2026").
	 */
	public record Due(Long year, Long quarter, Long month, String day) {
	}

	/** The document that fulfilled a task: id, number, issue date, title. */
	public record Fulfilment(String id, String number, String issuedOn, String title) {

		/** What a person calls it: its number, else its title, else its id. */
		@JsonIgnore
		public String named() {
			return DocumentRef.named(this.id, this.number, this.title);
		}

	}

	/**
	 * A document by id and number, with its issue date as written (a day, a month, a
	 * year, or null) and the day its tasks count from ({@code setOn}: the issue date, or
	 * inferred from what the text says, {@code setOnBasis} then saying from what:
	 * HEADER_MONTH, HEADER_YEAR, TITLE_YEAR, LATEST_CITED; null when nothing could be
	 * inferred) and its title, which names it where it has no number.
	 */
	public record DocumentRef(String id, String number, String issuedOn, String setOn, String setOnBasis,
			String title) {

		/** What a person calls it: its number, else its title, else its id. */
		@JsonIgnore
		public String named() {
			return named(this.id, this.number, this.title);
		}

		static String named(String id, String number, String title) {
			if (number != null && !number.isBlank()) {
				return number;
			}
			return (title != null && !title.isBlank()) ? title : id;
		}

	}

	/** Who recorded a change by hand, and when (an ISO instant in UTC). */
	public record Recorded(String by, String at) {
	}

	/**
	 * The row with who answers for it on the day asked (its lead's successor), or itself.
	 */
	TaskRow withResponsible(Successor successor) {
		if (successor == null || successor.equals(this.responsible)) {
			return this;
		}
		return new TaskRow(this.id, this.title, this.titleAsWritten, this.lead, this.coordinating, this.due,
				this.deadline, this.completedOn, this.fulfilledBy, this.document, this.jurisdiction, this.evidence,
				this.recorded, this.source, this.line, this.lastLine, this.section, successor, this.readings,
				this.conflicts, this.status);
	}

	/** The id of the document that fulfilled it, or null. */
	@JsonIgnore
	public String fulfilledById() {
		return (this.fulfilledBy != null) ? this.fulfilledBy.id() : null;
	}

	/**
	 * A row of {@code queries/accountability/tasks} ({@code setOn}: when its document was
	 * issued) or of {@code queries/tasks/page} ({@code status} computed there).
	 */
	record Read(String id, String title, String titleAsWritten, Agency lead, List<Agency> coordinating, Due due,
			String deadline, String setOn, String completedOn, Fulfilment fulfilledBy, DocumentRef document,
			String jurisdiction, String evidence, Recorded recorded, String source, Long line, Long lastLine,
			String section, Successor responsible, String mergedOn, List<Reading> readings, List<String> conflicts,
			String status) {

		Read {
			readings = (readings != null) ? readings : List.of();
			conflicts = (conflicts != null) ? conflicts : List.of();
		}

		/** The row with the status the database computed. */
		TaskRow withStatus() {
			return new TaskRow(this.id, this.title, this.titleAsWritten, this.lead, this.coordinating, this.due,
					this.deadline, this.completedOn, this.fulfilledBy, this.document, this.jurisdiction, this.evidence,
					this.recorded, this.source, this.line, this.lastLine, this.section, this.responsible, readings(),
					conflicts(), (this.status != null) ? TaskStatus.valueOf(this.status) : null);
		}

		/**
		 * The row as of a day: its status by {@link TaskStatus#of}, and a completion
		 * after that day not known yet.
		 */
		TaskRow asOf(java.time.LocalDate day) {
			java.time.LocalDate deadline = (this.deadline != null) ? java.time.LocalDate.parse(this.deadline) : null;
			java.time.LocalDate completed = (this.completedOn != null) ? TaskStatus.start(this.completedOn) : null;
			java.time.LocalDate set = (this.setOn != null) ? TaskStatus.start(this.setOn) : null;
			// A merged unit's task done before the merger stays in that unit's history.
			boolean history = this.mergedOn != null && completed != null
					&& completed.isBefore(java.time.LocalDate.parse(this.mergedOn));
			TaskStatus status = history ? null : TaskStatus.of(set, deadline, completed, day);
			boolean later = completed != null && completed.isAfter(day);
			return new TaskRow(this.id, this.title, this.titleAsWritten, this.lead, this.coordinating, this.due,
					this.deadline, later ? null : this.completedOn, later ? null : this.fulfilledBy, this.document,
					this.jurisdiction, later ? null : this.evidence, this.recorded, this.source, this.line,
					this.lastLine, this.section, this.responsible, readings(), conflicts(), status);
		}

	}

}
