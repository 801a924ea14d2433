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
	OPEN,
	/**
	 * Not known to be completed, and its document's issue date is neither written nor
	 * inferable ("ngày ban hành chưa rõ"): reported apart, never counted as overdue or in
	 * time on a day the task might not have existed yet.
	 */
	UNDATED;

	/**
	 * @param setOn the day from which the task surely exists: its document's issue date,
	 * written or inferred (null when neither)
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
		if (setOn == null) {
			return UNDATED;
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
			throw new BadRequestException("task.status", value);
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
	 * The last day of an ISO date, year-month or year: the first day a document issued
	 * then surely exists (IssueDates infers the same for a header without its day).
	 */
	public static LocalDate end(String iso) {
		LocalDate start = start(iso);
		if (start == null || iso.length() >= 10) {
			return start;
		}
		return (iso.length() >= 7) ? start.withDayOfMonth(start.lengthOfMonth())
				: start.withDayOfYear(start.lengthOfYear());
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
