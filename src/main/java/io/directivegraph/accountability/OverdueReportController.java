package io.directivegraph.accountability;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.task.TaskRows;
import io.directivegraph.task.TaskStatus;

/**
 * Per lead agency of a jurisdiction, how many of its tasks are overdue, done late, done
 * on time, pending, open.
 */
@RestController
class OverdueReportController {

	private final TaskRows rows;

	OverdueReportController(TaskRows rows) {
		this.rows = rows;
	}

	/** One agency's counts. {@code agency} is null for tasks that name no lead. */
	record AgencyCounts(Map<String, Object> agency, long overdue, long doneLate, long doneOnTime, long pending,
			long open) {
	}

	@GetMapping("/api/reports/overdue")
	Map<String, Object> overdue(@RequestParam(required = false) String asOf,
			@RequestParam(required = false) String jurisdiction) {
		LocalDate day = TaskStatus.day(asOf);
		String where = (jurisdiction != null && !jurisdiction.isBlank()) ? jurisdiction.strip() : null;
		Map<String, long[]> counts = new LinkedHashMap<>();
		Map<String, Map<String, Object>> agencies = new LinkedHashMap<>();
		for (Map<String, Object> row : this.rows.asOf(day, null, null, where)) {
			@SuppressWarnings("unchecked")
			Map<String, Object> lead = (Map<String, Object>) row.get("lead");
			String key = (lead != null) ? (String) lead.get("id") : "";
			agencies.putIfAbsent(key, lead);
			counts.computeIfAbsent(key, (k) -> new long[TaskStatus.values().length])[TaskStatus
				.valueOf((String) row.get("status"))
				.ordinal()]++;
		}
		List<AgencyCounts> items = counts.entrySet()
			.stream()
			.map((e) -> new AgencyCounts(agencies.get(e.getKey()), e.getValue()[TaskStatus.OVERDUE.ordinal()],
					e.getValue()[TaskStatus.DONE_LATE.ordinal()], e.getValue()[TaskStatus.DONE_ON_TIME.ordinal()],
					e.getValue()[TaskStatus.PENDING.ordinal()], e.getValue()[TaskStatus.OPEN.ordinal()]))
			.sorted(Comparator.comparingLong(AgencyCounts::overdue).reversed())
			.toList();
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("asOf", day.toString());
		report.put("jurisdiction", where);
		report.put("items", items);
		report.put("total", items.size());
		return report;
	}

}
