package io.directivegraph.task;

import java.time.LocalDate;
import io.directivegraph.web.BadRequestException;

/**
 * The status of a task on a given day, the categories of government task-tracking offices
 * (đúng hạn, quá hạn, hoàn thành quá hạn, trong hạn). The one place the rule lives; every
 * endpoint uses it.
 */
public enum TaskStatus {

	/** Completed on or before its deadline (or completed, with no deadline). */
	DONE_ON_TIME,
	/** Completed after its deadline. */
	DONE_LATE,
	/** Not completed, deadline before the day asked. */
	OVERDUE,
	/** Not completed, deadline on or after the day asked. */
	PENDING,
	/** Not completed, no deadline. */
	OPEN;

	/**
	 * @param setOn the issue date of the document that set the task (null if unknown)
	 * @param deadline the last day of its period, or null
	 * @param completedOn when it was completed (the fulfilling document's issue date, or
	 * recorded by hand), or null
	 * @param asOf the day asked
	 * @return its status that day, or null when the task did not exist yet
	 */
	public static TaskStatus of(LocalDate setOn, LocalDate deadline, LocalDate completedOn, LocalDate asOf) {
		if (setOn != null && setOn.isAfter(asOf)) {
			return null;
		}
		if (completedOn != null && !completedOn.isAfter(asOf)) {
			return (deadline == null || !completedOn.isAfter(deadline)) ? DONE_ON_TIME : DONE_LATE;
		}
		if (deadline == null) {
			return OPEN;
		}
		return deadline.isBefore(asOf) ? OVERDUE : PENDING;
	}

	/** The status named in a request parameter; a clear message when it is not one. */
	public static TaskStatus parse(String value) {
		try {
			return valueOf(value.trim().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(
					"status must be one of OVERDUE, PENDING, OPEN, DONE_ON_TIME, DONE_LATE; got '" + value + "'");
		}
	}

	/**
	 * The day a request asks about: {@code asOf} as YYYY-MM-DD, today by the clock when
	 * absent.
	 */
	public static LocalDate day(String asOf, java.time.Clock clock) {
		return (asOf != null && !asOf.isBlank()) ? LocalDate.parse(asOf.strip()) : LocalDate.now(clock);
	}

	/**
	 * The start of an ISO date, year-month or year: the first day the document can have
	 * been issued.
	 */
	public static LocalDate start(String iso) {
		if (iso == null || iso.length() < 4) {
			return null;
		}
		try {
			if (iso.length() >= 10) {
				return LocalDate.parse(iso.substring(0, 10));
			}
			if (iso.length() >= 7) {
				return LocalDate.parse(iso.substring(0, 7) + "-01");
			}
			return LocalDate.of(Integer.parseInt(iso.substring(0, 4)), 1, 1);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
