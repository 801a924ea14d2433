package io.directivegraph.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.web.Page;

/**
 * Tasks with their status as of a day (default today): by agency, document, jurisdiction
 * and status.
 */
@RestController
class TaskController {

	private final TaskRows rows;

	TaskController(TaskRows rows) {
		this.rows = rows;
	}

	@GetMapping("/api/tasks")
	Page<Map<String, Object>> tasks(@RequestParam(required = false) String agency,
			@RequestParam(required = false) String document, @RequestParam(required = false) String status,
			@RequestParam(required = false) String asOf, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Page.Request paging = Page.Request.of(page, size);
		TaskStatus wanted = (status != null && !status.isBlank()) ? TaskStatus.parse(status) : null;
		LocalDate day = TaskStatus.day(asOf);
		List<Map<String, Object>> all = this.rows.asOf(day, blank(agency), blank(document), blank(jurisdiction))
			.stream()
			.filter((row) -> wanted == null || wanted.name().equals(row.get("status")))
			.toList();
		return paging.slice(all);
	}

	private static String blank(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
