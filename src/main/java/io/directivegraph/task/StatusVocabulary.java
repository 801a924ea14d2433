package io.directivegraph.task;

import java.util.ArrayList;
import java.util.List;

import io.directivegraph.domain.DocumentIds;

/**
 * How each {@link TaskStatus} is shown: its key in the overdue report, its Vietnamese
 * name, its graph label and colours ({@code vocabulary/statuses.tsv}, in the order
 * reports list them). The one registry of statuses, read by the API
 * ({@code GET /api/vocabulary}), the accountability page, the Browser labels and style.
 */
public final class StatusVocabulary {

	/** One status as shown. */
	public record Entry(TaskStatus status, String key, String name, String label, String colour, String border,
			String text) {
	}

	private static final List<Entry> ENTRIES = load();

	private StatusVocabulary() {
	}

	/** Every status, in report order. */
	public static List<Entry> all() {
		return ENTRIES;
	}

	/** The entry of one status. */
	public static Entry of(TaskStatus status) {
		return ENTRIES.stream().filter((e) -> e.status() == status).findFirst().orElseThrow();
	}

	private static List<Entry> load() {
		List<Entry> entries = new ArrayList<>();
		for (String[] c : io.directivegraph.extract.text.DataFiles.rows("/vocabulary/statuses.tsv")) {
			TaskStatus status = TaskStatus.valueOf(c[0]);
			entries.add(new Entry(status, c[1], c[2], DocumentIds.label(status.name()), c[3], c[4], c[5]));
		}
		if (entries.size() != TaskStatus.values().length) {
			throw new IllegalStateException("vocabulary/statuses.tsv must name every task status once");
		}
		return List.copyOf(entries);
	}

}
