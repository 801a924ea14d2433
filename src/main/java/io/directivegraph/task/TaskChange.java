package io.directivegraph.task;

import java.util.List;

/**
 * A change a person recorded for a task, with the values it replaced
 * ({@code queries/tasks/history}).
 *
 * @param at when, an ISO instant in UTC
 * @param by who (the authenticated user)
 * @param changed the fields the change set
 * @param note the note given with it
 * @param status after the change: {@link ManualState} DONE or NOT_DONE, or null (as the
 * documents say)
 * @param completedOn after the change, YYYY-MM-DD
 * @param fulfilledBy after the change, a document id
 * @param deadline after the change, YYYY-MM-DD
 * @param evidence after the change
 * @param previous the values before it
 */
public record TaskChange(String at, String by, List<String> changed, String note, String status, String completedOn,
		String fulfilledBy, String deadline, String evidence, Previous previous) {

	/**
	 * The values a change replaced: the status is a {@link TaskStatus} on the day of the
	 * change.
	 */
	public record Previous(String status, String completedOn, String fulfilledBy, String deadline, String evidence) {
	}

}
