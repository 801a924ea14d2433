package io.directivegraph.task;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One task as {@code GET /api/tasks/{id}} answers it: the task with its status, and the
 * changes people recorded for it, newest first.
 *
 * @param task the task (its fields at the top level of the JSON)
 * @param history the recorded changes
 */
public record TaskDetail(@JsonUnwrapped TaskRow task, List<TaskChange> history) {
}
