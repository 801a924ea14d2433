package io.directivegraph.accountability;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.task.TaskStatus;

/**
 * Per lead agency of a jurisdiction, how many of its tasks are overdue, done late, done
 * on time, pending, open. Counted by {@code cypher/queries/accountability/overdue.cypher}
 * in the database: the {@link TaskStatus} rule in Cypher, kept equal by
 * {@code TaskStatusCypherIT}.
 */
@RestController
class OverdueReportController {

	private final Driver driver;

	OverdueReportController(Driver driver) {
		this.driver = driver;
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
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("asOf", day.toString());
		parameters.put("jurisdiction", where);
		List<AgencyCounts> items = this.driver.executableQuery(CypherFiles.load("queries/accountability/overdue"))
			.withParameters(parameters)
			.execute()
			.records()
			.stream()
			.map((r) -> new AgencyCounts(r.get("agency").isNull() ? null : r.get("agency").asMap(),
					r.get("overdue").asLong(), r.get("doneLate").asLong(), r.get("doneOnTime").asLong(),
					r.get("pending").asLong(), r.get("open").asLong()))
			.toList();
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("asOf", day.toString());
		report.put("jurisdiction", where);
		report.put("items", items);
		report.put("total", items.size());
		return report;
	}

}
