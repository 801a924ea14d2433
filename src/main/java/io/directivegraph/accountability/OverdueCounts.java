package io.directivegraph.accountability;

import io.directivegraph.agency.Mergers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.Rows;
import io.directivegraph.task.TaskStatus;

/**
 * The overdue report from an in-process read model: per jurisdiction, the inputs of the
 * status rule of every task (lead, issue date of its document, deadline, completion; read
 * by {@code cypher/queries/accountability/status-inputs.cypher}, tasks with the same
 * inputs counted together), to which {@link TaskStatus} is applied for the day asked. A
 * report is then a loop over a few thousand rows in memory instead of reading some 50,000
 * tasks and their relationships in the database on every request.
 *
 * <p>
 * <b>Never stale.</b> Every report first runs an empty read transaction and takes the
 * bookmark the database answers with: it names the last transaction committed to the
 * database, whoever made it (this service, an {@code ingest} run in another process,
 * Neo4j Browser, another client of an external Neo4j or cluster). A view is used only
 * when it was read right after a transaction that answered the same bookmark; any commit
 * since gives another bookmark. The view is read in the same session after that
 * transaction, so the database makes it see at least every transaction the bookmark names
 * (causal chaining, also on a cluster). When there is no view yet or the graph changed
 * since, the report is counted in the database by
 * {@code cypher/queries/accountability/overdue.cypher} (as before the read model) and the
 * view is read again in the background (about a second for a province of 68,000 tasks,
 * four for all). A database that answers no bookmark gets no view. The cost on a graph
 * that does not change is one round trip per report.
 *
 * <p>
 * {@code cypher/queries/accountability/overdue.cypher} is the same report in Cypher (for
 * Neo4j Browser); {@code TaskStatusCypherIT} checks that it, the task list and this read
 * model agree on random tasks.
 */
@Component
public class OverdueCounts {

	/** Views kept at most (one per jurisdiction asked, and one for all). */
	private static final int MAX_VIEWS = 64;

	/** The key of the view of every jurisdiction. */
	private static final String ALL = "\u0000all";

	private static final Logger log = LoggerFactory.getLogger(OverdueCounts.class);

	private final Driver driver;

	private final Map<String, View> views = new ConcurrentHashMap<>();

	private final Object reading = new Object();

	/** Jurisdictions whose view is being read in the background. */
	private final Map<String, Boolean> refreshing = new ConcurrentHashMap<>();

	/** Views read from the database so far (for tests). */
	private final AtomicLong reads = new AtomicLong();

	/** Reports counted from a view (for tests). */
	private final AtomicLong served = new AtomicLong();

	public OverdueCounts(Driver driver) {
		this.driver = driver;
	}

	/**
	 * One agency's counts. {@code agency} is null for tasks that name no lead;
	 * {@code undated}: tasks of documents whose issue date is neither written nor
	 * inferable, reported apart; {@code responsible}: the agency that succeeded it by the
	 * day asked (the 2025 mergers), null when it is itself responsible.
	 */
	public record AgencyCounts(Agency agency, long overdue, long doneLate, long doneOnTime, long pending, long open,
			long undated, Successor responsible) {

		AgencyCounts withResponsible(Successor successor) {
			return new AgencyCounts(this.agency, this.overdue, this.doneLate, this.doneOnTime, this.pending, this.open,
					this.undated, successor);
		}
	}

	/** A lead agency, by id and name. */
	public record Agency(String id, String name) {
	}

	/** The agency that succeeded another, from a day. */
	public record Successor(String id, String name, String on) {
	}

	/** The parameters of {@code queries/accountability/overdue}. */
	record Parameters(String asOf, String jurisdiction, List<Mergers.Merger> predecessors) {
	}

	/** The parameters of {@code queries/agencies/responsible}. */
	record ResponsibleParameters(List<String> ids, String asOf) {
	}

	/**
	 * Per lead agency, its tasks by status on {@code asOf}: most overdue first, then most
	 * done late, then by name (tasks without a lead last).
	 * @param jurisdiction the jurisdiction of the tasks' documents, null for all
	 */
	public List<AgencyCounts> report(LocalDate asOf, String jurisdiction) {
		List<Mergers.Merger> predecessors = Mergers.predecessors(jurisdiction);
		if (predecessors.stream().anyMatch((p) -> p.on().compareTo(asOf.toString()) <= 0)) {
			// A unit that took over others that day: their unfinished tasks are its too,
			// counted in the database (the view holds one jurisdiction's tasks).
			return cypher(asOf, jurisdiction, predecessors);
		}
		return withResponsible(viewOrCypher(asOf, jurisdiction), asOf);
	}

	private List<AgencyCounts> viewOrCypher(LocalDate asOf, String jurisdiction) {
		Set<String> now;
		try (Session session = this.driver.session()) {
			now = bookmarks(session);
		}
		View view = this.views.get(key(jurisdiction));
		if (!now.isEmpty() && view != null && view.bookmarks().equals(now)) {
			this.served.incrementAndGet();
			return view.count(asOf);
		}
		// No view yet, or the graph changed since it was read: this answer comes from
		// the database, and the view is read again meanwhile.
		if (!now.isEmpty()) {
			refreshLater(jurisdiction);
		}
		return cypher(asOf, jurisdiction, List.of());
	}

	/** The counts with the agency responsible for each on the day (its successor). */
	private List<AgencyCounts> withResponsible(List<AgencyCounts> counts, LocalDate asOf) {
		List<String> ids = counts.stream().filter((c) -> c.agency() != null).map((c) -> c.agency().id()).toList();
		if (ids.isEmpty()) {
			return counts;
		}
		Map<String, Successor> successors = new HashMap<>();
		this.driver.executableQuery(CypherFiles.load("queries/agencies/responsible"))
			.withParameters(Rows.parameters(new ResponsibleParameters(ids, asOf.toString())))
			.execute()
			.records()
			.forEach((r) -> {
				if (!r.get("responsible").isNull()) {
					successors.put(r.get("id").asString(), r.get("responsible").as(Successor.class));
				}
			});
		if (successors.isEmpty()) {
			return counts;
		}
		return counts.stream()
			.map((c) -> (c.agency() != null && successors.containsKey(c.agency().id()))
					? c.withResponsible(successors.get(c.agency().id())) : c)
			.toList();
	}

	/**
	 * Reads the view of a jurisdiction (null: all) now; {@link #report} uses it while the
	 * graph does not change.
	 */
	public void refresh(String jurisdiction) {
		synchronized (this.reading) {
			try (Session session = this.driver.session()) {
				Set<String> bookmarks = bookmarks(session);
				if (bookmarks.isEmpty()) {
					return;
				}
				View current = this.views.get(key(jurisdiction));
				if (current != null && current.bookmarks().equals(bookmarks)) {
					return;
				}
				// Same session: the read waits for (and sees) every transaction the
				// bookmarks name.
				View view = read(session, jurisdiction, bookmarks);
				if (this.views.size() >= MAX_VIEWS && !this.views.containsKey(key(jurisdiction))) {
					this.views.clear();
				}
				this.views.put(key(jurisdiction), view);
			}
		}
	}

	/** {@link #refresh} in the background, once at a time per jurisdiction. */
	private void refreshLater(String jurisdiction) {
		String key = key(jurisdiction);
		if (this.refreshing.putIfAbsent(key, Boolean.TRUE) != null) {
			return;
		}
		Thread.ofVirtual().name("overdue-counts").start(() -> {
			try {
				refresh(jurisdiction);
			}
			catch (RuntimeException ex) {
				// The reports keep coming from the database meanwhile.
				log.warn("Overdue report view of {} could not be read: {}", jurisdiction, ex.getMessage());
			}
			finally {
				this.refreshing.remove(key);
			}
		});
	}

	/**
	 * The bookmarks of an empty read transaction: they name the last transaction
	 * committed to the database. Empty when the database gives none.
	 */
	private static Set<String> bookmarks(Session session) {
		session.executeRead((tx) -> tx.run("RETURN 1").consume());
		return session.lastBookmarks().stream().map(Bookmark::value).collect(Collectors.toSet());
	}

	private static String key(String jurisdiction) {
		return (jurisdiction != null) ? jurisdiction : ALL;
	}

	/** The report counted by {@code overdue.cypher} in the database. */
	private List<AgencyCounts> cypher(LocalDate asOf, String jurisdiction, List<Mergers.Merger> predecessors) {
		return this.driver.executableQuery(CypherFiles.load("queries/accountability/overdue"))
			.withParameters(Rows.parameters(new Parameters(asOf.toString(), jurisdiction, predecessors)))
			.execute()
			.records()
			.stream()
			.map((r) -> r.as(AgencyCounts.class))
			.toList();
	}

	/** How many views were read from the database so far. */
	long reads() {
		return this.reads.get();
	}

	/** How many reports were counted from a view. */
	long served() {
		return this.served.get();
	}

	private View read(Session session, String jurisdiction, Set<String> bookmarks) {
		this.reads.incrementAndGet();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("jurisdiction", jurisdiction);
		List<Record> rows = session
			.executeRead((tx) -> tx.run(CypherFiles.load("queries/accountability/status-inputs"), parameters).list());
		Map<String, Integer> leadIndex = new HashMap<>();
		List<Agency> leads = new ArrayList<>();
		int n = rows.size();
		int[] lead = new int[n];
		LocalDate[] setOn = new LocalDate[n];
		LocalDate[] deadline = new LocalDate[n];
		LocalDate[] completedOn = new LocalDate[n];
		long[] tasks = new long[n];
		for (int i = 0; i < n; i++) {
			Record r = rows.get(i);
			String id = r.get("lead").isNull() ? null : r.get("lead").asString();
			lead[i] = leadIndex.computeIfAbsent(String.valueOf(id), (k) -> {
				leads.add((id != null)
						? new Agency(id, r.get("leadName").isNull() ? null : r.get("leadName").asString()) : null);
				return leads.size() - 1;
			});
			// As task/TaskRows.java reads them for the task list.
			setOn[i] = r.get("setOn").isNull() ? null : TaskStatus.start(r.get("setOn").asString());
			deadline[i] = r.get("deadline").isNull() ? null : LocalDate.parse(r.get("deadline").asString());
			completedOn[i] = r.get("completedOn").isNull() ? null : TaskStatus.start(r.get("completedOn").asString());
			tasks[i] = r.get("tasks").asLong();
		}
		return new View(bookmarks, Collections.unmodifiableList(leads), lead, setOn, deadline, completedOn, tasks);
	}

	private static final Comparator<AgencyCounts> ORDER = Comparator.comparingLong(AgencyCounts::overdue)
		.reversed()
		.thenComparing(Comparator.comparingLong(AgencyCounts::doneLate).reversed())
		.thenComparing((c) -> (c.agency() != null) ? c.agency().name() : null,
				Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing((c) -> (c.agency() != null) ? c.agency().id() : null,
				Comparator.nullsLast(Comparator.naturalOrder()));

	/**
	 * The inputs of the status rule of a jurisdiction's tasks, as of the database state
	 * {@code bookmarks} name. Row {@code i}: {@code tasks[i]} tasks led by
	 * {@code leads[lead[i]]}.
	 */
	private record View(Set<String> bookmarks, List<Agency> leads, int[] lead, LocalDate[] setOn, LocalDate[] deadline,
			LocalDate[] completedOn, long[] tasks) {

		List<AgencyCounts> count(LocalDate asOf) {
			long[][] counts = new long[this.leads.size()][TaskStatus.values().length];
			boolean[] seen = new boolean[this.leads.size()];
			for (int i = 0; i < this.tasks.length; i++) {
				TaskStatus status = TaskStatus.of(this.setOn[i], this.deadline[i], this.completedOn[i], asOf);
				if (status != null) {
					counts[this.lead[i]][status.ordinal()] += this.tasks[i];
					seen[this.lead[i]] = true;
				}
			}
			List<AgencyCounts> items = new ArrayList<>();
			for (int l = 0; l < counts.length; l++) {
				if (seen[l]) {
					long[] c = counts[l];
					items.add(new AgencyCounts(this.leads.get(l), c[TaskStatus.OVERDUE.ordinal()],
							c[TaskStatus.DONE_LATE.ordinal()], c[TaskStatus.DONE_ON_TIME.ordinal()],
							c[TaskStatus.PENDING.ordinal()], c[TaskStatus.OPEN.ordinal()],
							c[TaskStatus.UNDATED.ordinal()], null));
				}
			}
			items.sort(ORDER);
			return items;
		}

	}

}
