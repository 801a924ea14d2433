package io.directivegraph.task;

import java.util.List;

/**
 * Published after tasks changed through the API (a completion recorded, a document
 * uploaded), for views derived from task statuses.
 *
 * @param reason what changed, for logs
 * @param tasks the ids of the tasks whose status may have changed; empty when any may
 * have (an upload changes fulfilment links across its jurisdiction)
 */
public record TasksChanged(String reason, List<String> tasks) {

	public TasksChanged {
		tasks = List.copyOf(tasks);
	}

	/** Any task may have changed. */
	public static TasksChanged any(String reason) {
		return new TasksChanged(reason, List.of());
	}

}
