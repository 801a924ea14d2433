package io.directivegraph.accountability;

import io.directivegraph.agency.Mergers;

import java.util.List;

/**
 * The accountability report of a day: per lead agency, its tasks by status.
 *
 * @param asOf the day, YYYY-MM-DD
 * @param jurisdiction the jurisdiction of the tasks' documents, null for all
 * @param items per agency, most overdue first, then most done late, then by name; the
 * agency is null for tasks that name no lead
 * @param total the number of items
 * @param succeededBy the unit the jurisdiction was merged into by that day, and when (its
 * tasks are that unit's responsibility since); null while it existed
 * @param includes the units merged into the jurisdiction by that day, whose tasks not
 * done before the merger are counted here
 */
public record OverdueReport(String asOf, String jurisdiction, List<OverdueCounts.AgencyCounts> items, int total,
		Mergers.Merger succeededBy, List<Mergers.Merger> includes) {
}
