package io.directivegraph.task;

/**
 * Published after tasks changed through the API (a completion recorded, a document
 * uploaded), for views derived from task statuses.
 *
 * @param reason what changed, for logs
 */
public record TasksChanged(String reason) {
}
