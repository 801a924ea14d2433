package io.directivegraph.accountability;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.task.TaskStatus;

/**
 * Per lead agency of a jurisdiction, how many of its tasks are overdue, done late, done
 * on time, pending, open: {@link OverdueCounts}, the {@link TaskStatus} rule applied to
 * an in-process read model that is read again whenever the graph changed. The same report
 * in Cypher is {@code cypher/queries/accountability/overdue.cypher};
 * {@code TaskStatusCypherIT} keeps the two equal.
 */
@RestController
class OverdueReportController {

	private final OverdueCounts counts;

	private final java.time.Clock clock;

	private final Trends trends;

	OverdueReportController(OverdueCounts counts, java.time.Clock clock, Trends trends) {
		this.counts = counts;
		this.clock = clock;
		this.trends = trends;
	}

	/**
	 * Trends: per agency and quarter, the tasks that fell due and how many were done on
	 * time.
	 */
	@GetMapping("/api/reports/trends")
	List<Trends.Quarter> trends(@RequestParam(required = false) String asOf,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String agency) {
		return this.trends.quarters(TaskStatus.day(asOf, this.clock),
				(jurisdiction != null && !jurisdiction.isBlank()) ? jurisdiction.strip() : null,
				(agency != null && !agency.isBlank()) ? agency.strip() : null);
	}

	@GetMapping("/api/reports/overdue")
	OverdueReport overdue(@RequestParam(required = false) String asOf,
			@RequestParam(required = false) String jurisdiction) {
		LocalDate day = TaskStatus.day(asOf, this.clock);
		String where = (jurisdiction != null && !jurisdiction.isBlank()) ? jurisdiction.strip() : null;
		List<OverdueCounts.AgencyCounts> items = this.counts.report(day, where);
		return new OverdueReport(day.toString(), where, items, items.size(),
				io.directivegraph.agency.Mergers.successor(where, day).orElse(null),
				io.directivegraph.agency.Mergers.predecessors(where)
					.stream()
					.filter((p) -> p.on().compareTo(day.toString()) <= 0)
					.toList());
	}

}
