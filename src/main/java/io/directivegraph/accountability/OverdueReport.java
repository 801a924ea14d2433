package io.directivegraph.accountability;

import java.util.List;

/**
 * The accountability report of a day: per lead agency, its tasks by status.
 *
 * @param asOf the day, YYYY-MM-DD
 * @param jurisdiction the jurisdiction of the tasks' documents, null for all
 * @param items per agency, most overdue first, then most done late, then by name; the
 * agency is null for tasks that name no lead
 * @param total the number of items
 */
public record OverdueReport(String asOf, String jurisdiction, List<OverdueCounts.AgencyCounts> items, int total) {
}
