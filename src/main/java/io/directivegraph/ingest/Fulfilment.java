package io.directivegraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.directivegraph.extract.text.Folding;
import io.directivegraph.neo4j.CypherFiles;
import io.directivegraph.neo4j.Rows;
import io.directivegraph.neo4j.GraphTransactions;
import io.directivegraph.task.TaskStatus;

/**
 * Links a task whose product is a document of kind K ("xây dựng Đề án ...") to the
 * document of kind K, in the same jurisdiction, issued after the task was set (or up to
 * {@value #CARRY_OVER_DAYS} days before, for tasks carried over), whose title matches the
 * task's: Dice similarity of folded content words, stored on the edge. Precision over
 * recall: a wrong link silently changes who is accountable, so below {@value #MIN_SCORE},
 * or when the runner-up is within {@value #MARGIN}, nothing is linked and the close
 * documents are kept as candidates.
 */
@Component
public class Fulfilment {

	private static final Logger log = LoggerFactory.getLogger(Fulfilment.class);

	static final double MIN_SCORE = 0.5;

	static final double MARGIN = 0.1;

	static final int CARRY_OVER_DAYS = 90;

	/**
	 * Words every title has, the words of every document kind among them: they say
	 * nothing about which document it is.
	 */
	private static final Set<String> STOP = stopWords();

	private static Set<String> stopWords() {
		Set<String> stop = new HashSet<>(List.of("xay", "dung", "ban", "hanh", "ve", "cua", "va", "cac", "nhung", "de",
				"an", "nghi", "quyet", "chi", "thi", "ke", "hoach", "chuong", "trinh", "quy", "dinh", "huong", "dan",
				"thuc", "hien", "trien", "khai", "tinh", "tren", "dia", "ban", "giai", "doan", "nam", "den", "so",
				"the", "nao", "trong", "voi", "cho", "tai", "theo", "nay", "hoan", "thanh", "thoi", "gian", "tham",
				"muu", "chu", "tri", "phoi", "hop", "lanh", "dao", "viec", "phe", "duyet"));
		for (String kindWords : io.directivegraph.extract.citation.DocumentKinds.defaults().words()) {
			stop.addAll(List.of(kindWords.split("\\s+")));
		}
		return Set.copyOf(stop);
	}

	/** Tasks written per transaction when links are replaced. */
	private static final int BATCH = 2000;

	/**
	 * Reads go through write transactions too: on a cluster they then run on the leader
	 * and see the ingest that was just written.
	 */
	private final GraphTransactions transactions;

	public Fulfilment(GraphTransactions transactions) {
		this.transactions = transactions;
	}

	/**
	 * Recomputes the links of every jurisdiction an ingest marked as changed
	 * ({@code fulfilmentPending}), then clears the mark. A bulk ingest calls it once at
	 * the end; a mark left by a crash is picked up by the next ingest.
	 */
	public synchronized void updatePending() {
		Map<String, String> pending = new LinkedHashMap<>();
		this.transactions.write((tx) -> tx.rows(CypherFiles.load("ingest/fulfilment-pending"), Map.of()))
			.forEach((r) -> pending.put((String) r.get("name"), (String) r.get("mark")));
		update(pending);
	}

	/**
	 * Recomputes the automatic links of every task with a document product in these
	 * jurisdictions.
	 */
	public void update(Collection<String> jurisdictions) {
		Map<String, String> all = new LinkedHashMap<>();
		jurisdictions.forEach((j) -> all.put(j, null));
		update(all);
	}

	private synchronized void update(Map<String, String> marks) {
		for (String jurisdiction : marks.keySet()) {
			Map<String, Object> parameters = Map.of("jurisdiction", jurisdiction, "products", PRODUCTS.openings());
			Read read = this.transactions.write((tx) -> new Read(
					tx.rows(CypherFiles.load("ingest/fulfilment-tasks"), parameters).stream().map(TaskRow::of).toList(),
					tx.rows(CypherFiles.load("ingest/fulfilment-documents"), parameters)
						.stream()
						.map(DocumentRow::of)
						.toList(),
					tx.rows(CypherFiles.load("ingest/fulfilment-links"), parameters)
						.stream()
						.map(StoredLink::of)
						.toList()));
			List<TaskRow> tasks = read.tasks();
			List<Link> links = new ArrayList<>();
			List<Link> candidates = new ArrayList<>();
			match(jurisdiction, tasks, read.documents(), links, candidates);
			// Only the tasks whose links differ from the stored ones are written: after
			// an
			// upload that is a handful, not every task of the jurisdiction.
			List<String> taskIds = changed(links, candidates, read.stored());
			log.debug("Fulfilment of {}: {} tasks, {} links and {} candidates, {} tasks to rewrite", jurisdiction,
					tasks.size(), links.size(), candidates.size(), taskIds.size());
			for (int from = 0; from < Math.max(1, taskIds.size()); from += BATCH) {
				List<String> batch = taskIds.subList(from, Math.min(taskIds.size(), from + BATCH));
				Set<String> ids = Set.copyOf(batch);
				Map<String, Object> write = Map.of("tasks", batch, "links", Rows.parameters(inBatch(links, ids)),
						"candidates", Rows.parameters(inBatch(candidates, ids)), "jurisdiction", jurisdiction, "mark",
						(marks.get(jurisdiction) != null) ? marks.get(jurisdiction) : "", "last",
						from + BATCH >= taskIds.size());
				this.transactions.write((tx) -> {
					tx.run(CypherFiles.load("ingest/write-fulfilment"), write);
					return null;
				});
			}
		}
	}

	/**
	 * The links (and, where unsure, candidates) between the tasks and documents of one
	 * jurisdiction: the rule itself, without the database.
	 */
	static void match(String jurisdiction, List<TaskRow> tasks, List<DocumentRow> documents, List<Link> links,
			List<Link> candidates) {
		if (tasks.isEmpty()) {
			return;
		}
		Candidates index = new Candidates(documents, jurisdiction);
		for (TaskRow task : tasks) {
			index.match(task, links, candidates);
		}
	}

	/**
	 * Tasks whose computed automatic links are not the stored ones, in a stable order.
	 */
	private static List<String> changed(List<Link> links, List<Link> candidates, List<StoredLink> stored) {
		Map<String, List<String>> wanted = new HashMap<>();
		links.forEach((l) -> edge(wanted, l.task(), "FULFILLED_BY", l.document(), l.score()));
		candidates.forEach((c) -> edge(wanted, c.task(), "FULFILMENT_CANDIDATE", c.document(), c.score()));
		Map<String, List<String>> found = new HashMap<>();
		stored.forEach((s) -> edge(found, s.task(), s.type(), s.document(), s.score()));
		wanted.values().forEach(Collections::sort);
		found.values().forEach(Collections::sort);
		Set<String> tasks = new TreeSet<>(wanted.keySet());
		tasks.addAll(found.keySet());
		List<String> changed = new ArrayList<>();
		for (String task : tasks) {
			if (!wanted.getOrDefault(task, List.of()).equals(found.getOrDefault(task, List.of()))) {
				changed.add(task);
			}
		}
		return changed;
	}

	private static void edge(Map<String, List<String>> edges, String task, String type, String document, Double score) {
		edges.computeIfAbsent(task, (t) -> new ArrayList<>()).add(type + " " + document + " " + score);
	}

	private static List<Link> inBatch(List<Link> rows, Set<String> ids) {
		return rows.stream().filter((row) -> ids.contains(row.task())).toList();
	}

	/** What one jurisdiction's recomputation reads, in one transaction. */
	private record Read(List<TaskRow> tasks, List<DocumentRow> documents, List<StoredLink> stored) {
	}

	/** A row of {@code fulfilment-tasks}: a task whose product is a document. */
	record TaskRow(String id, String title, String output, String document, String setOn) {

		static TaskRow of(Map<String, Object> row) {
			return new TaskRow((String) row.get("id"), (String) row.get("title"), (String) row.get("output"),
					(String) row.get("document"), (String) row.get("setOn"));
		}

	}

	/** A row of {@code fulfilment-documents}: a document that could fulfil a task. */
	record DocumentRow(String id, String kind, String title, String issuedOn) {

		static DocumentRow of(Map<String, Object> row) {
			return new DocumentRow((String) row.get("id"), (String) row.get("kind"), (String) row.get("title"),
					(String) row.get("issuedOn"));
		}

	}

	/** A row of {@code fulfilment-links}: an automatic link as stored. */
	record StoredLink(String task, String type, String document, Double score) {

		static StoredLink of(Map<String, Object> row) {
			return new StoredLink((String) row.get("task"), (String) row.get("type"), (String) row.get("document"),
					(row.get("score") instanceof Number n) ? n.doubleValue() : null);
		}

	}

	/**
	 * A computed link or candidate: a row of {@code write-fulfilment}'s $links and
	 * $candidates.
	 */
	record Link(String task, String document, Double score) {
	}

	/**
	 * The documents of one jurisdiction that could fulfil a task, with an inverted index
	 * of their title words, so a task is compared only with documents sharing a word
	 * (linear in the number of tasks rather than tasks times documents).
	 */
	private static final class Candidates {

		private final List<DocumentRow> documents;

		private final List<Set<String>> words = new ArrayList<>();

		private final List<LocalDate> issued = new ArrayList<>();

		private final List<Set<String>> identifiers = new ArrayList<>();

		private final Map<String, List<Integer>> postings = new HashMap<>();

		/** Per document: words shared with the task being matched (0 between tasks). */
		private final int[] shared;

		/** The documents whose {@link #shared} count the task being matched raised. */
		private final int[] touched;

		/** Words of the jurisdiction's own name: every title of it may say them. */
		private final Set<String> place;

		Candidates(List<DocumentRow> documents, String jurisdiction) {
			this.documents = documents;
			this.place = words(orEmpty(jurisdiction));
			this.shared = new int[documents.size()];
			this.touched = new int[documents.size()];
			for (int i = 0; i < documents.size(); i++) {
				DocumentRow document = documents.get(i);
				Set<String> titleWords = words(orEmpty(document.title()));
				titleWords.removeAll(this.place);
				this.words.add(titleWords);
				this.identifiers.add(identifiers(orEmpty(document.title())));
				this.issued.add(TaskStatus.start(document.issuedOn()));
				// Keyed by kind too: a task only ever looks at documents of its product's
				// kind.
				String kind = orEmpty(document.kind());
				for (String word : titleWords) {
					this.postings.computeIfAbsent(kind + " " + word, (w) -> new ArrayList<>()).add(i);
				}
			}
		}

		void match(TaskRow task, List<Link> links, List<Link> candidates) {
			List<String> kinds = (task.output() != null) ? List.of(task.output()) : PRODUCTS.kinds(task.title());
			Set<String> taskWords = words(orEmpty(task.title()));
			taskWords.removeAll(this.place);
			if (taskWords.size() < 2 || kinds.isEmpty()) {
				return;
			}
			Set<String> taskIdentifiers = identifiers(orEmpty(task.title()));
			LocalDate setOn = TaskStatus.start(task.setOn());
			String taskId = task.id();
			String ownDocument = task.document();
			// Documents sharing words with the task, counted in arrays reused from task
			// to
			// task (a jurisdiction has tens of thousands of tasks).
			int touched = 0;
			for (String kind : kinds) {
				for (String word : taskWords) {
					List<Integer> posting = this.postings.get(kind + " " + word);
					if (posting == null) {
						continue;
					}
					for (int k = 0; k < posting.size(); k++) {
						int i = posting.get(k);
						if (this.shared[i]++ == 0) {
							this.touched[touched++] = i;
						}
					}
				}
			}
			LocalDate earliest = (setOn != null) ? setOn.minusDays(CARRY_OVER_DAYS) : null;
			double best = 0;
			double second = 0;
			String bestId = null;
			List<Link> close = new ArrayList<>();
			for (int t = 0; t < touched; t++) {
				int i = this.touched[t];
				int common = this.shared[i];
				this.shared[i] = 0;
				DocumentRow document = this.documents.get(i);
				String documentId = document.id();
				if (!kinds.contains(document.kind()) || ownDocument.equals(documentId)) {
					continue;
				}
				if (conflict(taskIdentifiers, this.identifiers.get(i))) {
					// "… Đại hội XIII …, lần thứ XIV" is not "… lần thứ XV …": each names
					// what the other does not.
					continue;
				}
				LocalDate issuedOn = this.issued.get(i);
				if (earliest != null && (issuedOn == null || issuedOn.isBefore(earliest))) {
					continue;
				}
				double score = 2.0 * common / (taskWords.size() + this.words.get(i).size());
				if (score >= MIN_SCORE - MARGIN) {
					close.add(new Link(taskId, documentId, score));
				}
				if (score > best) {
					second = best;
					best = score;
					bestId = documentId;
				}
				else if (score > second) {
					second = score;
				}
			}
			if (bestId != null && best >= MIN_SCORE && best - second >= MARGIN) {
				links.add(new Link(taskId, bestId, best));
			}
			else {
				candidates.addAll(close);
			}
		}

	}

	/**
	 * The products a task may ask for without naming a kind
	 * ({@code vocabulary/products.tsv}).
	 */
	static final Products PRODUCTS = Products.load();

	/**
	 * Words that identify one document among its kind: ordinals of congresses and terms
	 * ("XIV" after "lần thứ", "khóa", "Đại hội") and years.
	 */
	static Set<String> identifiers(String title) {
		Set<String> found = new HashSet<>();
		java.util.regex.Matcher m = IDENTIFIER.matcher(title);
		while (m.find()) {
			found.add((m.group("year") != null) ? m.group("year")
					: m.group("ordinal").toUpperCase(java.util.Locale.ROOT));
		}
		return found;
	}

	private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile(
			"(?<![\\p{L}\\d])(?:(?<year>(?:19|20)\\d\\d)|(?:(?i:thứ|khóa|khoá|hội)\\s+(?<ordinal>[IVXL]{1,6})))(?![\\p{L}\\d])");

	/** Each names an identifier the other does not: two different documents. */
	static boolean conflict(Set<String> a, Set<String> b) {
		return !b.containsAll(a) && !a.containsAll(b);
	}

	/** Product nouns and the kinds they are issued as. */
	record Products(Map<String, List<String>> kindsByOpening) {

		static Products load() {
			Map<String, List<String>> map = new LinkedHashMap<>();
			for (String[] row : io.directivegraph.extract.text.DataFiles.rows("/vocabulary/products.tsv")) {
				map.put(row[0].strip(), List.of(row[1].strip().split("\\s+")));
			}
			return new Products(map);
		}

		/** The product nouns as a title may open with them (a query parameter). */
		List<String> openings() {
			List<String> openings = new ArrayList<>();
			for (String product : this.kindsByOpening.keySet()) {
				for (String verb : VERBS) {
					openings.add(verb + product);
				}
			}
			return openings;
		}

		/** The kinds a title's product may be issued as, none if it names no product. */
		List<String> kinds(String title) {
			String lower = orEmpty(title).toLowerCase(java.util.Locale.ROOT).strip();
			for (Map.Entry<String, List<String>> product : this.kindsByOpening.entrySet()) {
				for (String verb : VERBS) {
					if (lower.startsWith(verb + product.getKey())) {
						return product.getValue();
					}
				}
			}
			return List.of();
		}

		private static final List<String> VERBS = List.of("", "xây dựng ", "ban hành ", "hoàn thiện ",
				"xây dựng và ban hành ");

	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	static Set<String> words(String title) {
		Set<String> words = new HashSet<>();
		for (String word : Folding.fold(title).split("[^a-z0-9]+")) {
			if (word.length() > 1 && !STOP.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	static double dice(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String word : a) {
			if (b.contains(word)) {
				common++;
			}
		}
		return 2.0 * common / (a.size() + b.size());
	}

}
