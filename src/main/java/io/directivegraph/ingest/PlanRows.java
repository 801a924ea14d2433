package io.directivegraph.ingest;

import java.time.LocalDate;
import java.util.List;

import io.directivegraph.neo4j.Rows;

/**
 * The rows {@link GraphPlan} hands to the {@code cypher/ingest/write-*.cypher}
 * statements, one record per statement's row, named as the statement reads them
 * ({@code r.file}, {@code t.props}); {@link Rows#parameters(List)} turns them into the
 * statements' parameters. The {@code props} records are what {@code SET n += row.props}
 * writes.
 */
final class PlanRows {

	private PlanRows() {
	}

	/** A row of {@code write-agencies}: an agency and its parent's id. */
	record Agency(String id, String name, String kind, String level, String jurisdiction, boolean known,
			String parent) {
	}

	/**
	 * A row of {@code write-documents}: a document a source states.
	 *
	 * @param labels its kind's label
	 * @param lines the first and last line of the part it is stated in
	 * @param issuer the id of its issuing agency, or null
	 */
	record Document(String id, String file, List<String> labels, DocumentProps props, List<Integer> lines,
			String jurisdiction, String issuer) {
	}

	/**
	 * The properties of a stated document (a null removes what an earlier ingest set).
	 *
	 * @param setOn the day its tasks count from: the issue date when the text gives the
	 * day, else the day inferred from the text (IssueDates), else null
	 * @param setOnBasis null when the issue date is written, else what the inference
	 * rests on
	 */
	record DocumentProps(String kind, String kindName, String number, String issuedOn, String year, String issuer,
			String jurisdiction, String title, String signer, String titleAsWritten, String setOn, String setOnBasis) {
	}

	/**
	 * A row of {@code write-citations}: a cited document, identified.
	 *
	 * @param target the cited document's id
	 * @param document the citing document's id
	 * @param citedAt the line of the footnote the citation stands in, or null
	 */
	record Citation(String target, String file, List<String> labels, CitedProps props, String jurisdiction, int line,
			String document, Integer citedAt) {
	}

	/** The properties a citation gives the cited document. */
	record CitedProps(String kind, String kindName, String number, String name, String issuedOn, String year,
			String issuer, String jurisdiction, String title) {
	}

	/**
	 * A row of {@code write-references}: a citation not resolved to one document, with
	 * every line of the file it is stated on and the documents it could mean.
	 */
	record Reference(String id, String document, String file, String kind, String number, String name,
			String jurisdiction, int line, List<Integer> lines, List<String> candidates) {
	}

	/** A row of {@code write-relations}. */
	record Relation(String file, String from, String type, String to, int line) {
	}

	/**
	 * A row of {@code create-tasks} and {@code write-tasks}: a task with the ids of its
	 * lead and coordinating agencies and its due quarter.
	 */
	record Task(String id, String file, String document, TaskProps props, String lead, List<String> coordinating,
			Quarter quarter) {

		/** The task known by another id: the stored task another copy stated. */
		Task withId(String other) {
			return new Task(other, this.file, this.document, this.props, this.lead, this.coordinating, this.quarter);
		}

	}

	/**
	 * The properties of a task. The deadline's are left out when the text gives none: a
	 * task stated by two files keeps the deadline the other gives. {@code line} and
	 * {@code lastLine} are the first and last line of the text it was read from.
	 */
	record TaskProps(String title, String titleAsWritten, String titleKey, String output, String recurrence,
			String section, int line, @Rows.OmitWhenNull Integer lastLine, String leadName, boolean leadKnown,
			List<String> coordinatingNames, @Rows.OmitWhenNull LocalDate deadline,
			@Rows.OmitWhenNull("deadline") LocalDate deadlineRead, @Rows.OmitWhenNull("deadline") Integer dueYear,
			@Rows.OmitWhenNull("deadline") Integer dueQuarter, @Rows.OmitWhenNull("deadline") Integer dueMonth,
			@Rows.OmitWhenNull("deadline") String dueDay) {
	}

	/** A quarter a deadline falls in. */
	record Quarter(String id, int year, int quarter) {
	}

}
