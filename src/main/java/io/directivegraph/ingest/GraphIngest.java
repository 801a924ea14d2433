package io.directivegraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.directivegraph.extract.model.Extraction;
import io.directivegraph.extract.Extractor;
import io.directivegraph.extract.agency.Gazetteer;
import io.directivegraph.extract.text.UndecodableTextException;
import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.Rows;
import io.directivegraph.neo4j.GraphTransactions;

/**
 * Loads source files into the graph: extract, then in one transaction replace everything
 * each source said before (its tasks, relations, mentions, unresolved references) with
 * what it says now. Identical content is a no-op; a failure leaves the previous state;
 * concurrent ingests of files citing the same documents meet on the uniqueness
 * constraints and are retried.
 *
 * <p>
 * A bulk ingest writes several sources in one transaction ({@link #write(List)}): every
 * statement then runs once for the batch instead of once per file, and each source is
 * still wholly its old or wholly its new version. When a batch fails, its sources are
 * written again one transaction each, so one bad file is reported alone and the others
 * load.
 */
@Service
public class GraphIngest {

	private static final Logger log = LoggerFactory.getLogger(GraphIngest.class);

	private final GraphTransactions writes;

	private final Extractor extractor;

	private final Gazetteer gazetteer;

	private final Fulfilment fulfilment;

	private final java.util.concurrent.locks.ReentrantLock writeLock = new java.util.concurrent.locks.ReentrantLock(
			true);

	public GraphIngest(GraphTransactions writes, Extractor extractor, Gazetteer gazetteer, Fulfilment fulfilment) {
		this.writes = writes;
		this.extractor = extractor;
		this.gazetteer = gazetteer;
		this.fulfilment = fulfilment;
	}

	/**
	 * A file read and extracted, ready to write; or the result of a file that will not be
	 * written (skipped: unreadable or empty).
	 *
	 * @param extraction null when {@code skipped} is set
	 */
	public record Prepared(String file, Extraction extraction, IngestResult skipped) {

		/** Characters of text, to bound the size of a batch. */
		int chars() {
			return (this.extraction != null) ? this.extraction.source().chars() : 0;
		}

	}

	/** Ingests one file and brings the fulfilment links it affects up to date. */
	public IngestResult ingest(String file, byte[] bytes) {
		Prepared prepared = prepare(file, bytes);
		this.writeLock.lock();
		try {
			IngestResult result = write(List.of(prepared)).get(0);
			completeFulfilment();
			return result;
		}
		finally {
			this.writeLock.unlock();
		}
	}

	/**
	 * Ingests one file, leaving the fulfilment links of the jurisdictions it changed
	 * marked for {@link #completeFulfilment()}: a bulk ingest computes them once at the
	 * end instead of after every file.
	 */
	public IngestResult ingestDeferred(String file, byte[] bytes) {
		return write(List.of(prepare(file, bytes))).get(0);
	}

	/** Extracts a file (no database access: runs on any thread). */
	public Prepared prepare(String file, byte[] bytes) {
		Extraction extraction;
		try {
			extraction = this.extractor.extract(file, bytes);
		}
		catch (UndecodableTextException ex) {
			return new Prepared(file, null, IngestResult.skipped(file, ex.getMessage()));
		}
		if (extraction.documents().isEmpty()) {
			return new Prepared(file, null,
					IngestResult.skipped(file, "tệp rỗng, không có văn bản nào (no document in it: empty)"));
		}
		if (extraction.documents().stream().noneMatch(GraphIngest::recognised)) {
			// "Không có gì" posted as a document is not a report of Việt Nam.
			return new Prepared(file, null, IngestResult.skipped(file, NOT_A_DIRECTIVE));
		}
		return new Prepared(file, extraction, null);
	}

	/** Why a text in which no directive is recognised is refused, in both languages. */
	static final String NOT_A_DIRECTIVE = "không nhận ra văn bản chỉ đạo nào: không có tên loại, số, ngày, cơ quan "
			+ "ban hành, trích dẫn hay nhiệm vụ (no directive recognised: no kind, number, date, issuer, citation or task)";

	/** Whether the extractor found anything that makes the text a directive. */
	static boolean recognised(Extraction.DocumentExtraction document) {
		Extraction.Header header = document.document();
		// A kind other than the one assumed when no title names any ("KẾ HOẠCH" over its
		// first line) is recognised too.
		return header.number() != null || header.issuedOn() != null || header.issuer() != null
				|| !document.tasks().isEmpty() || !document.references().isEmpty()
				|| header.kind() != null && !"REPORT".equals(header.kind());
	}

	/**
	 * Writes prepared files in one transaction, each replacing its source's previous
	 * facts, and returns their results in the same order. A file name must not appear
	 * twice. When the batch fails, each file is written in its own transaction instead: a
	 * file that still fails is reported as skipped with the reason, its previous state
	 * untouched.
	 */
	public List<IngestResult> write(List<Prepared> files) {
		Map<String, IngestResult> results = new HashMap<>();
		List<Extraction> extractions = new ArrayList<>();
		for (Prepared file : files) {
			if (file.skipped() != null) {
				results.put(file.file(), file.skipped());
			}
			else {
				extractions.add(file.extraction());
			}
		}
		if (!extractions.isEmpty()) {
			try {
				results.putAll(writeWithRetry(extractions));
			}
			catch (RuntimeException ex) {
				if (extractions.size() == 1) {
					throw ex;
				}
				log.warn("A batch of {} files failed ({}); writing them one by one", extractions.size(),
						ex.getMessage());
				for (Extraction extraction : extractions) {
					String file = extraction.source().file();
					try {
						results.putAll(writeWithRetry(List.of(extraction)));
					}
					catch (RuntimeException one) {
						results.put(file, IngestResult.skipped(file, "failed: " + one.getMessage()));
					}
				}
			}
		}
		return files.stream().map((file) -> results.get(file.file())).toList();
	}

	/**
	 * What taking sources back did.
	 *
	 * @param files the sources removed (those that were in the graph)
	 * @param deleted documents that went with them (stated by nothing else, cited by
	 * nothing)
	 * @param stubs documents now only cited: kept as what the citations say
	 * @param stated documents another source still states, with its tasks and readings
	 */
	public record Removal(List<String> files, List<String> deleted, List<String> stubs, List<String> stated) {
	}

	/**
	 * Takes sources back: removes what each stated (its readings of tasks, and tasks no
	 * other source states; its relations, citations and references) in one transaction,
	 * keeps the changes recorded for removed tasks as history, turns documents still
	 * cited into stubs, and brings the fulfilment links up to date.
	 */
	public Removal remove(List<String> files) {
		this.writeLock.lock();
		try {
			Removal removal = this.writes.write((tx) -> removeIn(tx, files));
			completeFulfilment();
			return removal;
		}
		finally {
			this.writeLock.unlock();
		}
	}

	private Removal removeIn(GraphTransactions.Statements tx, List<String> files) {
		Map<String, Object> sources = Map.of("files", files);
		List<String> present = new ArrayList<>();
		tx.rows(CypherFiles.load("ingest/source-shas"), sources)
			.stream()
			.filter((r) -> r.get("sha256") != null)
			.forEach((r) -> present.add((String) r.get("file")));
		if (present.isEmpty()) {
			return new Removal(List.of(), List.of(), List.of(), List.of());
		}
		Cleared cleared = clear(tx, present);
		List<?> remaining = cleared.remaining();
		List<?> touched = cleared.touched();
		Map<String, Object> row = single(
				tx.rows(CypherFiles.load("ingest/remove-sources"), Map.of("files", present, "touched", touched)));
		if (!remaining.isEmpty()) {
			tx.run(CypherFiles.load("ingest/recompute-tasks"), Map.of("tasks", remaining));
			tx.run(CypherFiles.load("task/apply-updates"), Map.of("tasks", remaining));
		}
		tx.run(CypherFiles.load("ingest/delete-orphan-stubs"), Map.of("ids", touched));
		tx.run(CypherFiles.load("ingest/mark-fulfilment-pending"), Map.of("jurisdictions", row.get("jurisdictions")));
		List<String> stated = strings(row.get("stated"));
		List<String> stubs = strings(row.get("stubs"));
		List<String> deleted = strings(touched).stream()
			.filter((id) -> !stated.contains(id) && !stubs.contains(id))
			.toList();
		return new Removal(List.copyOf(present), deleted, stubs, stated);
	}

	/**
	 * What clearing sources left to do: tasks other sources still state (to recompute
	 * from their readings) and the documents the sources mentioned.
	 */
	private record Cleared(List<?> remaining, List<?> touched) {
	}

	/**
	 * Removes what the sources said, in the order the statements depend on: task
	 * readings, edges, unresolved references, mentions. Shared by a re-ingest (which
	 * writes the new facts next) and a removal.
	 */
	private static Cleared clear(GraphTransactions.Statements tx, List<String> files) {
		Map<String, Object> sources = Map.of("files", files);
		List<?> remaining = (List<?>) single(tx.rows(CypherFiles.load("ingest/clear-tasks"), sources)).get("remaining");
		tx.run(CypherFiles.load("ingest/clear-edges"), sources);
		tx.run(CypherFiles.load("ingest/clear-references"), sources);
		List<?> touched = (List<?>) single(tx.rows(CypherFiles.load("ingest/clear-mentions"), sources)).get("touched");
		return new Cleared(remaining, touched);
	}

	private static List<String> strings(Object list) {
		return ((List<?>) list).stream().map(String.class::cast).toList();
	}

	/** Recomputes the fulfilment links of every jurisdiction an ingest changed. */
	public void completeFulfilment() {
		this.fulfilment.updatePending();
	}

	private Map<String, IngestResult> writeWithRetry(List<Extraction> extractions) {
		// The ingests of this process write one at a time: concurrent uploads would
		// otherwise deadlock on the agencies and cited documents they share, and two
		// versions of one file could interleave. Another process (a cluster member, the
		// command line against an external Neo4j) can still race: then a lost race on
		// a constraint or a deadlock is run again (by GraphTransactions).
		this.writeLock.lock();
		try {
			return this.writes.write((tx) -> writeIn(tx, extractions));
		}
		finally {
			this.writeLock.unlock();
		}
	}

	/**
	 * Writes the extractions' facts in place of their sources' previous ones. Each
	 * statement runs once for all of them; sources whose content is unchanged are left as
	 * they are.
	 */
	private Map<String, IngestResult> writeIn(GraphTransactions.Statements tx, List<Extraction> all) {
		Map<String, IngestResult> results = new HashMap<>();
		// Checked in the writing transaction: two ingests of the same file cannot both
		// find it changed.
		Map<String, String> stored = new HashMap<>();
		tx.rows(CypherFiles.load("ingest/source-shas"),
				Map.of("files", all.stream().map((e) -> e.source().file()).toList()))
			.forEach((r) -> stored.put((String) r.get("file"), (String) r.get("sha256")));
		List<Extraction> changed = new ArrayList<>();
		for (Extraction extraction : all) {
			Extraction.Source source = extraction.source();
			if (source.sha256().equals(stored.get(source.file()))) {
				results.put(source.file(), IngestResult.unchanged(source.file()));
			}
			else {
				changed.add(extraction);
			}
		}
		if (changed.isEmpty()) {
			return results;
		}
		List<String> files = changed.stream().map((e) -> e.source().file()).toList();
		Map<String, Object> sources = Map.of("files", files);
		Cleared cleared = clear(tx, files);
		List<?> remaining = cleared.remaining();
		List<?> touched = cleared.touched();
		Candidates candidates = new Candidates(tx);
		candidates.readAll(changed.stream().flatMap((e) -> GraphPlan.candidateKeys(e).stream()).distinct().toList());
		GraphPlan batch = new GraphPlan(this.gazetteer, candidates);
		for (Extraction extraction : changed) {
			GraphPlan plan = new GraphPlan(this.gazetteer, candidates).build(extraction);
			candidates.add(plan);
			batch.add(plan);
			Extraction.Source source = extraction.source();
			results.put(source.file(), new IngestResult(source.file(), IngestResult.Status.INGESTED,
					plan.documents.size(), plan.tasks.size(), plan.citations.size(), plan.references.size(), null));
			log.debug("Ingested {}: {} documents, {} tasks", source.file(), plan.documents.size(), plan.tasks.size());
		}
		batch.inLockOrder();
		tx.run(CypherFiles.load("ingest/write-source"), Map.of("sources", changed.stream().map((e) -> {
			Extraction.Source source = e.source();
			return Map.<String, Object>of("file", source.file(), "sha256", source.sha256(), "chars", source.chars(),
					"encoding", source.encoding(), "format", source.format(), "pages", source.pages(), "ocrPages",
					source.ocrPages());
		}).toList()));
		tx.run(CypherFiles.load("ingest/write-agencies"), Map.of("agencies", Rows.parameters(batch.agencies)));
		tx.run(CypherFiles.load("ingest/write-documents"), Map.of("documents", Rows.parameters(batch.documents)));
		tx.run(CypherFiles.load("ingest/write-citations"), Map.of("citations", Rows.parameters(batch.citations)));
		tx.run(CypherFiles.load("ingest/write-references"), Map.of("references", Rows.parameters(batch.references)));
		tx.run(CypherFiles.load("ingest/write-relations"), Map.of("relations", Rows.parameters(batch.relations)));
		Set<String> recomputed = writeTasks(tx, batch.tasks, remaining);
		Set<Object> updated = new java.util.LinkedHashSet<>(
				(List<?>) single(tx.rows(CypherFiles.load("ingest/reattach-updates"), sources)).get("tasks"));
		// A recomputed task took its deadline from a reading again: a correction recorded
		// by hand is applied again too.
		updated.addAll(recomputed);
		if (!updated.isEmpty()) {
			tx.run(CypherFiles.load("task/apply-updates"), Map.of("tasks", List.copyOf(updated)));
		}
		tx.run(CypherFiles.load("ingest/delete-orphan-stubs"), Map.of("ids", touched));
		tx.run(CypherFiles.load("ingest/mark-fulfilment-pending"),
				Map.of("jurisdictions", List.copyOf(batch.jurisdictions)));
		return results;
	}

	private static Map<String, Object> single(List<Map<String, Object>> rows) {
		if (rows.size() != 1) {
			throw new IllegalStateException("Expected one row, got " + rows.size());
		}
		return rows.get(0);
	}

	/**
	 * Writes the sources' tasks: each is matched to the task another copy of its document
	 * stated ({@link TaskIdentity}); the new ones (almost all: the sources' old readings
	 * were just cleared) are created with CREATE, the others get this source's reading
	 * beside the others', and every task whose readings changed is recomputed.
	 * @param remaining tasks whose reading by a re-ingested source was cleared while
	 * another source still states them
	 * @return the tasks recomputed from several readings
	 */
	private static Set<String> writeTasks(GraphTransactions.Statements tx, List<PlanRows.Task> tasks,
			List<?> remaining) {
		Set<String> recompute = new java.util.LinkedHashSet<>();
		remaining.forEach((id) -> recompute.add((String) id));
		if (!tasks.isEmpty()) {
			TaskIdentity identity = new TaskIdentity();
			Set<String> stored = new HashSet<>();
			tx.rows(CypherFiles.load("ingest/existing-tasks"),
					Map.of("documents", tasks.stream().map(PlanRows.Task::document).distinct().toList()))
				.forEach((r) -> {
					stored.add((String) r.get("id"));
					identity.know(new TaskIdentity.Known((String) r.get("id"), (String) r.get("document"),
							(String) r.get("titleKey"), (String) r.get("lead")));
				});
			Map<String, List<PlanRows.Task>> byFile = new LinkedHashMap<>();
			for (PlanRows.Task task : tasks) {
				byFile.computeIfAbsent(task.file(), (f) -> new ArrayList<>()).add(task);
			}
			List<PlanRows.Task> created = new ArrayList<>();
			List<PlanRows.Task> readings = new ArrayList<>();
			Set<String> createdIds = new HashSet<>();
			Map<String, PlanRows.Quarter> quarters = new LinkedHashMap<>();
			for (List<PlanRows.Task> ofFile : byFile.values()) {
				List<String> ids = identity.assign(ofFile);
				for (int i = 0; i < ofFile.size(); i++) {
					PlanRows.Task task = ofFile.get(i).withId(ids.get(i));
					if (!stored.contains(task.id()) && createdIds.add(task.id())) {
						created.add(task);
						if (task.quarter() != null) {
							quarters.putIfAbsent(task.quarter().id(), task.quarter());
						}
					}
					else {
						readings.add(task);
						recompute.add(task.id());
					}
				}
			}
			if (!created.isEmpty()) {
				tx.run(CypherFiles.load("ingest/create-tasks"), Map.of("quarters",
						Rows.parameters(List.copyOf(quarters.values())), "tasks", Rows.parameters(created)));
			}
			if (!readings.isEmpty()) {
				tx.run(CypherFiles.load("ingest/write-readings"), Map.of("tasks", Rows.parameters(readings)));
			}
		}
		if (!recompute.isEmpty()) {
			tx.run(CypherFiles.load("ingest/recompute-tasks"), Map.of("tasks", List.copyOf(recompute)));
		}
		return recompute;
	}

	/**
	 * Documents a dateless citation could mean, by (jurisdiction, kind, number): read
	 * from the graph once per key, plus the documents earlier files of the same batch
	 * state or cite (not written yet when later files are planned), as if each file had
	 * been written before the next was read.
	 */
	private static final class Candidates implements Function<List<String>, List<String[]>> {

		private final GraphTransactions.Statements tx;

		/** Read from the graph. */
		private final Map<List<String>, List<String[]>> found = new HashMap<>();

		/** Planned by earlier files of the batch. */
		private final Map<List<String>, List<String[]>> planned = new HashMap<>();

		Candidates(GraphTransactions.Statements tx) {
			this.tx = tx;
		}

		@Override
		public List<String[]> apply(List<String> key) {
			if (!this.found.containsKey(key)) {
				// Not foreseen by candidateKeys: read now.
				readAll(List.of(key));
			}
			List<String[]> read = this.found.get(key);
			List<String[]> planned = this.planned.get(key);
			if (planned == null) {
				return read;
			}
			List<String[]> all = new ArrayList<>(read);
			for (String[] candidate : planned) {
				if (read.stream().noneMatch((c) -> c[0].equals(candidate[0]))) {
					all.add(candidate);
				}
			}
			return all;
		}

		/** Reads the candidates of many keys in one query. */
		void readAll(List<List<String>> keys) {
			if (keys.isEmpty()) {
				return;
			}
			keys.forEach((key) -> this.found.put(key, new ArrayList<>()));
			this.tx.rows(CypherFiles.load("ingest/documents-candidates"), Map.of("keys", keys))
				.forEach((r) -> this.found.get(key(r.get("key")))
					.add(new String[] { (String) r.get("id"), (String) r.get("issuedOn") }));
		}

		private static List<String> key(Object key) {
			return ((List<?>) key).stream().map(String.class::cast).toList();
		}

		/**
		 * The documents a planned file will write become candidates for the next files.
		 */
		void add(GraphPlan plan) {
			plan.documents.forEach((d) -> remember(d.id(), d.props().jurisdiction(), d.props().kind(),
					d.props().number(), d.props().issuedOn()));
			plan.citations.forEach((c) -> remember(c.target(), c.props().jurisdiction(), c.props().kind(),
					c.props().number(), c.props().issuedOn()));
		}

		private void remember(String id, String jurisdiction, String kind, String number, String issuedOn) {
			if (number != null) {
				List<String[]> known = this.planned.computeIfAbsent(List.of(jurisdiction, kind, number),
						(k) -> new ArrayList<>());
				if (known.stream().noneMatch((c) -> c[0].equals(id))) {
					known.add(new String[] { id, issuedOn });
				}
			}
		}

	}

}
