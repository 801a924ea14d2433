package io.directivegraph.explore;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.task.TaskRow;
import io.directivegraph.task.TaskRows;
import io.directivegraph.task.TaskStatus;
import io.directivegraph.task.TasksChanged;

/**
 * Labels every task with its status today ({@code :Overdue}, {@code :DoneLate},
 * {@code :DoneOnTime}, {@code :Pending}, {@code :Open}) so that Neo4j Browser, which
 * styles nodes by label only, can colour tasks by status. The status comes from
 * {@link TaskStatus} through {@link TaskRows}, the rule the API uses. The labels are a
 * view of today, refreshed when the service is ready, every night (statuses change with
 * the date) and after changes through the API (a recorded change: its task only; an
 * upload: every task); only tasks whose status changed are written. A read never writes
 * them.
 */
@Component
public class TaskStatusLabels {

	private static final Logger log = LoggerFactory.getLogger(TaskStatusLabels.class);

	/** The label of each status, in {@link TaskStatus} order. */
	public static final List<String> LABELS = Arrays.stream(TaskStatus.values()).map(TaskStatusLabels::label).toList();

	private final Driver driver;

	private final TaskRows rows;

	/**
	 * The service is up: labels are for its Browser, so without one (command line, tests
	 * without a web server) writes do not refresh them.
	 */
	private volatile boolean serving;

	/** Tasks changed through the API and not relabelled yet. */
	private final Set<String> pending = new HashSet<>();

	/** Jurisdictions an upload changed, not relabelled yet. */
	private final Set<String> pendingJurisdictions = new HashSet<>();

	/** Any task may have changed: the next refresh relabels all. */
	private boolean pendingAll;

	/** A refresh after API writes is waiting to start or running. */
	private boolean scheduled;

	private final java.util.concurrent.ScheduledExecutorService nightly = java.util.concurrent.Executors
		.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("task-status-labels-nightly").factory());

	private final java.time.Clock clock;

	TaskStatusLabels(Driver driver, TaskRows rows, java.time.Clock clock) {
		this.driver = driver;
		this.rows = rows;
		this.clock = clock;
	}

	/** {@code DONE_ON_TIME} is labelled {@code DoneOnTime}. */
	public static String label(TaskStatus status) {
		return io.directivegraph.task.StatusVocabulary.of(status).label();
	}

	/**
	 * Sets the labels to the statuses on {@code day}.
	 * @param day the day the statuses are evaluated on
	 * @return how many tasks changed label
	 */
	public synchronized int refresh(LocalDate day) {
		// Every task's status from its three inputs (streamed, a few fields a task), then
		// the labels set a batch of tasks per transaction: a graph of 200,000 tasks is
		// neither read as full task rows nor relabelled in one transaction (which did not
		// fit a 1 GB heap).
		Map<String, String> status = new HashMap<>();
		List<String> ids = new java.util.ArrayList<>();
		try (org.neo4j.driver.Session session = this.driver.session(org.neo4j.driver.SessionConfig.builder()
			.withDefaultAccessMode(org.neo4j.driver.AccessMode.READ)
			.withFetchSize(5000)
			.build())) {
			session.executeRead((tx) -> {
				org.neo4j.driver.Result result = tx.run(CypherFiles.load("explore/task-status-inputs"));
				while (result.hasNext()) {
					org.neo4j.driver.Record r = result.next();
					String id = r.get("id").asString();
					LocalDate set = r.get("setOn").isNull() ? null : TaskStatus.start(r.get("setOn").asString());
					LocalDate deadline = r.get("deadline").isNull() ? null
							: LocalDate.parse(r.get("deadline").asString());
					LocalDate completed = r.get("completedOn").isNull() ? null
							: TaskStatus.start(r.get("completedOn").asString());
					TaskStatus s = TaskStatus.of(set, deadline, completed, day);
					ids.add(id);
					if (s != null) {
						status.put(id, label(s));
					}
				}
				return ids.size();
			});
		}
		int changed = 0;
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			Map<String, String> wanted = new HashMap<>();
			for (String id : batch) {
				String label = status.get(id);
				if (label != null) {
					wanted.put(id, label);
				}
			}
			changed += relabel("explore/task-status-labels-of",
					Map.of("status", wanted, "ids", List.copyOf(batch), "labels", LABELS));
		}
		return changed;
	}

	/** Tasks relabelled in one transaction. */
	private static final int BATCH = 10_000;

	/**
	 * Sets the labels of the tasks of one jurisdiction to their statuses on {@code day}:
	 * what an upload there may have changed.
	 * @return how many tasks changed label
	 */
	public int refreshJurisdiction(LocalDate day, String jurisdiction) {
		Map<String, String> status = labels(this.rows.asOf(day, null, null, jurisdiction));
		return relabel("explore/task-status-labels-of",
				Map.of("status", status, "ids", List.copyOf(status.keySet()), "labels", LABELS));
	}

	/**
	 * Sets the labels of some tasks to their statuses on {@code day}.
	 * @return how many tasks changed label
	 */
	public int refresh(LocalDate day, Collection<String> tasks) {
		Map<String, String> status = new HashMap<>();
		for (String id : tasks) {
			this.rows.one(id, day)
				.filter((row) -> row.status() != null)
				.ifPresent((row) -> status.put(id, label(row.status())));
		}
		return relabel("explore/task-status-labels-of",
				Map.of("status", status, "ids", List.copyOf(tasks), "labels", LABELS));
	}

	/** Each task row's status label, by task id. */
	private static Map<String, String> labels(List<TaskRow> rows) {
		Map<String, String> status = new HashMap<>();
		for (TaskRow row : rows) {
			status.put(row.id(), label(row.status()));
		}
		return status;
	}

	/** Runs one of the relabelling statements; returns how many tasks changed label. */
	private int relabel(String query, Map<String, Object> parameters) {
		return this.driver.executableQuery(CypherFiles.load(query))
			.withParameters(parameters)
			.execute()
			.records()
			.get(0)
			.get("changed")
			.asInt();
	}

	/** {@link #refresh(LocalDate)} for today; a failure is logged, never thrown. */
	public void refreshToday() {
		try {
			int changed = refresh(LocalDate.now(this.clock));
			if (changed > 0) {
				log.info("Task status labels: {} tasks changed status (as of today)", changed);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Task status labels could not be refreshed: {}", ex.getMessage());
		}
	}

	/**
	 * After a change through the API, in the background: the write has answered, the
	 * labels follow.
	 */
	@EventListener
	void onTasksChanged(TasksChanged event) {
		if (!this.serving) {
			return;
		}
		// A recorded change relabels its task only; an upload, the tasks of its
		// jurisdictions. Writes in a row while a refresh runs make one refresh after
		// it, not one each.
		synchronized (this.pending) {
			if (event.all()) {
				this.pendingAll = true;
			}
			this.pending.addAll(event.tasks());
			this.pendingJurisdictions.addAll(event.jurisdictions());
			if (this.scheduled) {
				return;
			}
			this.scheduled = true;
		}
		Thread.ofVirtual().name("task-status-labels").start(this::drain);
	}

	private void drain() {
		while (true) {
			boolean all;
			List<String> tasks;
			List<String> jurisdictions;
			synchronized (this.pending) {
				if (!this.pendingAll && this.pending.isEmpty() && this.pendingJurisdictions.isEmpty()) {
					this.scheduled = false;
					return;
				}
				all = this.pendingAll;
				tasks = List.copyOf(this.pending);
				jurisdictions = List.copyOf(this.pendingJurisdictions);
				this.pendingAll = false;
				this.pending.clear();
				this.pendingJurisdictions.clear();
			}
			if (all) {
				refreshToday();
				continue;
			}
			for (String jurisdiction : jurisdictions) {
				try {
					refreshJurisdiction(LocalDate.now(this.clock), jurisdiction);
				}
				catch (RuntimeException ex) {
					log.warn("Task status labels of {} could not be refreshed: {}", jurisdiction, ex.getMessage());
				}
			}
			if (!tasks.isEmpty()) {
				try {
					refresh(LocalDate.now(this.clock), tasks);
				}
				catch (RuntimeException ex) {
					log.warn("Task status labels of {} could not be refreshed: {}", tasks, ex.getMessage());
				}
			}
		}
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		// The service only: the command-line verbs have no Browser to serve.
		if (event.getApplicationContext() instanceof WebServerApplicationContext) {
			this.serving = true;
			refreshToday();
			// Statuses change with the date: relabelled every night, never on a read.
			java.time.LocalDateTime now = java.time.LocalDateTime.now(this.clock);
			java.time.LocalDateTime next = now.toLocalDate().plusDays(1).atTime(0, 0, 30);
			this.nightly.scheduleAtFixedRate(this::refreshToday, java.time.Duration.between(now, next).toSeconds(),
					java.time.Duration.ofDays(1).toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
		}
	}

	@jakarta.annotation.PreDestroy
	void stop() {
		this.nightly.shutdownNow();
	}

}
