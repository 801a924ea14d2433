package io.directivegraph.task;

import java.util.List;

/**
 * Published after tasks changed through the API (a completion recorded, a document
 * uploaded), for views derived from task statuses.
 *
 * @param reason what changed, for logs
 * @param tasks the ids of the tasks whose status may have changed
 * @param jurisdictions jurisdictions any task of which may have changed (an upload
 * changes fulfilment links across its jurisdiction)
 * @param all whether any task at all may have changed
 */
public record TasksChanged(String reason, List<String> tasks, List<String> jurisdictions, boolean all) {

	public TasksChanged {
		tasks = List.copyOf(tasks);
		jurisdictions = List.copyOf(jurisdictions);
	}

	/** These tasks may have changed. */
	public static TasksChanged of(String reason, List<String> tasks) {
		return new TasksChanged(reason, tasks, List.of(), false);
	}

	/** Any task of these jurisdictions may have changed. */
	public static TasksChanged in(String reason, List<String> jurisdictions) {
		return new TasksChanged(reason, List.of(), jurisdictions, false);
	}

	/** Any task may have changed. */
	public static TasksChanged any(String reason) {
		return new TasksChanged(reason, List.of(), List.of(), true);
	}

}
