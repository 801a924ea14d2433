package io.directivegraph.task;

/**
 * What a person may record of a task's completion ({@code PATCH /api/tasks/{id}}
 * {@code status}); null gives the task back to what the documents say. Kept on a change
 * as {@code queries/tasks/history} reports it.
 */
public enum ManualStatus {

	/** Completed: on {@code completedOn} (default today) or by {@code fulfilledBy}. */
	DONE,

	/** Not completed, whatever document seemed to fulfil it. */
	NOT_DONE

}
