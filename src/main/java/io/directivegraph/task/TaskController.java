package io.directivegraph.task;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.directivegraph.web.NotFoundException;
import io.directivegraph.web.Page;
import io.directivegraph.web.WriteAuthentication;

/**
 * Tasks with their status as of a day (default today): by agency, document, jurisdiction
 * and status.
 */
@RestController
class TaskController {

	private final TaskRows rows;

	private final TaskUpdates updates;

	private final java.time.Clock clock;

	TaskController(TaskRows rows, TaskUpdates updates, java.time.Clock clock) {
		this.rows = rows;
		this.updates = updates;
		this.clock = clock;
	}

	@GetMapping("/api/tasks")
	Page<TaskRow> tasks(@RequestParam(required = false) String agency, @RequestParam(required = false) String document,
			@RequestParam(required = false) String status, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer dueWithin) {
		Page.Request paging = Page.Request.of(page, size);
		return this.rows
			.page(TaskRows.Filter.of(agency, document, status, asOf, jurisdiction, q, dueWithin, this.clock), paging);
	}

	@GetMapping("/api/tasks/{id}")
	TaskDetail task(@PathVariable String id, @RequestParam(required = false) String asOf) {
		TaskRow task = this.rows.one(id, TaskStatus.day(asOf, this.clock))
			.orElseThrow(() -> new NotFoundException("task.not-found", id));
		return new TaskDetail(task, this.updates.history(id));
	}

	/**
	 * Records a completion or a correction (JSON merge patch: absent fields stay, null
	 * reverts to what the documents say); kept with who, when and the previous values.
	 */
	@PatchMapping(path = "/api/tasks/{id}",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	TaskDetail update(@PathVariable String id, @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
					implementation = TaskPatch.class))) @RequestBody(required = false) Map<String, Object> patch,
			@RequestAttribute(WriteAuthentication.WHO) String who) {
		this.updates.apply(id, patch, who);
		return task(id, null);
	}

	private static String blank(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
