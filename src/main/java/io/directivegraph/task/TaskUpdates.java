package io.directivegraph.task;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.directivegraph.domain.DocumentIds;
import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.web.NotFoundException;
import io.directivegraph.web.BadRequestException;

/**
 * Completions and corrections recorded by people. Each change is a {@code (:TaskUpdate)}
 * with who, when, the evidence and the values it replaced; the task shows the latest.
 * Changes are found again by document and title when a re-ingest re-creates the tasks
 * ({@code cypher/ingest/reattach-updates.cypher}), so a re-ingest does not erase them.
 */
@Component
public class TaskUpdates {

	static final Set<String> FIELDS = Set.of("status", "completedOn", "fulfilledBy", "deadline", "evidence", "note");

	private static final int MAX_TEXT = 2000;

	private final Driver driver;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	public TaskUpdates(Driver driver, ApplicationEventPublisher events, java.time.Clock clock) {
		this.driver = driver;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Applies a JSON merge patch to a task: absent fields stay, {@code null} reverts a
	 * field to what the documents say.
	 * @param id the task
	 * @param patch fields among {@link #FIELDS}
	 * @param who the authenticated user
	 */
	public void apply(String id, Map<String, Object> patch, String who) {
		if (patch == null || patch.isEmpty()) {
			throw new BadRequestException("task-change.empty", String.join(", ", sorted()));
		}
		List<String> unknown = patch.keySet().stream().filter((k) -> !FIELDS.contains(k)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new BadRequestException("task-change.unknown-field", unknown, String.join(", ", sorted()));
		}
		LocalDate today = LocalDate.now(this.clock);
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				// Every read for this change happens in the transaction that writes it: a
				// change made meanwhile cannot slip between the two.
				TaskRow current = TaskRows.one(tx, id, today)
					.orElseThrow(() -> new NotFoundException("task.not-found", id));
				List<Record> states = tx.run(CypherFiles.load("task/manual-state"), Map.of("task", id)).list();
				if (states.isEmpty()) {
					// Found by one statement, gone for the next: cannot happen within one
					// transaction unless the schema changed under it; answered as a
					// conflict.
					throw new io.directivegraph.web.ConflictException("task-change.replaced", id);
				}
				Record state = states.get(0);
				Map<String, Object> update = change(tx, state, patch, today);
				update.put("id", UUID.randomUUID().toString());
				update.put("document", state.get("document").asString());
				// Computed here rather than read, so tasks loaded before titles were
				// keyed are found again too.
				update.put("titleKey", DocumentIds.slug(state.get("title").asString("")));
				update.put("by", who);
				update.put("at", ZonedDateTime.now(this.clock.withZone(ZoneOffset.UTC)));
				update.put("note", text(patch, "note"));
				update.put("changed", patch.keySet().stream().filter((k) -> !k.equals("note")).sorted().toList());
				update.put("previousStatus", (current.status() != null) ? current.status().name() : null);
				update.put("previousCompletedOn", current.completedOn());
				update.put("previousFulfilledBy", current.fulfilledById());
				update.put("previousDeadline", current.deadline());
				update.put("previousEvidence", current.evidence());
				tx.run(CypherFiles.load("task/record-update"), Map.of("task", id, "update", update)).consume();
				tx.run(CypherFiles.load("task/apply-updates"), Map.of("tasks", List.of(id))).consume();
				io.directivegraph.fault.FaultPoints.reach(io.directivegraph.fault.FaultPoints.UPDATE_BEFORE_COMMIT);
			});
		}
		this.events.publishEvent(TasksChanged.of("task " + id + " updated by " + who, List.of(id)));
	}

	/** The changes recorded for a task, newest first. */
	public List<TaskChange> history(String id) {
		return this.driver.executableQuery(CypherFiles.load("queries/tasks/history"))
			.withParameters(Map.of("task", id))
			.execute()
			.records()
			.stream()
			.map((r) -> r.as(TaskChange.class))
			.toList();
	}

	/** The manual state after the patch, from the state before it. */
	private static Map<String, Object> change(TransactionContext tx, Record state, Map<String, Object> patch,
			LocalDate today) {
		LocalDate completedOn = date(state.get("completedOn"));
		FulfilmentMode fulfilment = state.get("fulfilment").isNull() ? null
				: FulfilmentMode.valueOf(state.get("fulfilment").asString());
		String fulfilledBy = state.get("fulfilledBy").asString(null);
		LocalDate deadline = date(state.get("deadline"));
		String evidence = state.get("evidence").asString(null);
		if (patch.containsKey("status")) {
			ManualStatus status = status(patch.get("status"));
			if (status == null) {
				completedOn = null;
				fulfilment = null;
				fulfilledBy = null;
			}
			else if (status == ManualStatus.NOT_DONE) {
				if (patch.get("completedOn") != null || patch.get("fulfilledBy") != null) {
					throw new BadRequestException("task-change.not-done-with-completion");
				}
				completedOn = null;
				fulfilment = FulfilmentMode.NONE;
				fulfilledBy = null;
			}
			else {
				if (fulfilment == FulfilmentMode.NONE) {
					fulfilment = null;
				}
				if (patch.get("completedOn") == null && patch.get("fulfilledBy") == null && completedOn == null
						&& fulfilledBy == null) {
					completedOn = today;
				}
			}
		}
		if (patch.containsKey("completedOn")) {
			completedOn = day(patch, "completedOn");
			if (completedOn != null && completedOn.isAfter(today)) {
				throw new BadRequestException("task-change.future", completedOn);
			}
			if (completedOn != null && fulfilment == FulfilmentMode.NONE) {
				fulfilment = null;
			}
		}
		if (patch.containsKey("fulfilledBy")) {
			fulfilledBy = text(patch, "fulfilledBy");
			if (fulfilledBy == null) {
				fulfilment = (fulfilment == FulfilmentMode.MANUAL) ? null : fulfilment;
			}
			else {
				if (!documentExists(tx, fulfilledBy)) {
					throw new BadRequestException("task-change.fulfilled-by", fulfilledBy);
				}
				fulfilment = FulfilmentMode.MANUAL;
			}
		}
		if (patch.containsKey("deadline")) {
			deadline = day(patch, "deadline");
		}
		if (patch.containsKey("evidence")) {
			evidence = text(patch, "evidence");
		}
		Map<String, Object> update = new HashMap<>();
		update.put("completedOn", completedOn);
		update.put("fulfilment", (fulfilment != null) ? fulfilment.name() : null);
		update.put("fulfilledBy", fulfilledBy);
		update.put("deadline", deadline);
		update.put("evidence", evidence);
		return update;
	}

	private static boolean documentExists(TransactionContext tx, String id) {
		return tx.run(CypherFiles.load("queries/documents/exists"), Map.of("id", id, "label", "Document"))
			.single()
			.get("found")
			.asBoolean();
	}

	/** A patch's status: a {@link ManualStatus} by name (any case), or null. */
	private static ManualStatus status(Object value) {
		if (value == null) {
			return null;
		}
		String name = value.toString().strip().toUpperCase(java.util.Locale.ROOT);
		for (ManualStatus status : ManualStatus.values()) {
			if (status.name().equals(name)) {
				return status;
			}
		}
		throw new BadRequestException("task-change.status", name);
	}

	private static LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	private static LocalDate day(Map<String, Object> patch, String field) {
		Object value = patch.get(field);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.toString().strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("task-change.date", field, value);
		}
	}

	private static String text(Map<String, Object> patch, String field) {
		Object value = patch.get(field);
		if (value == null) {
			return null;
		}
		if (!(value instanceof String s)) {
			throw new BadRequestException("task-change.not-text", field);
		}
		String text = s.strip();
		if (text.length() > MAX_TEXT) {
			throw new BadRequestException("task-change.too-long", field, MAX_TEXT);
		}
		return text.isEmpty() ? null : text;
	}

	private static List<String> sorted() {
		return FIELDS.stream().sorted().toList();
	}

}
